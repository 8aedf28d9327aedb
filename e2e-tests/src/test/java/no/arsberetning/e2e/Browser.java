package no.arsberetning.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser: keeps cookies, follows redirects one by one, and fills in Keycloak's own login page
 * the way a person does. Nothing here talks to Keycloak other than through its public login pages.
 */
final class Browser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final LoopbackCookies cookies = new LoopbackCookies();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", accept).GET().build());
    }

    /**
     * Follows redirects from {@code start}; when Keycloak's login page appears, logs in as {@code user}
     * (once: a login page shown again means the login failed, and is returned); stops at the first
     * response that is neither a redirect nor the login page, or at a redirect to
     * {@code stopAt} (a loopback redirect URI nobody listens on), which it returns unfollowed.
     */
    HttpResponse<String> loginThrough(URI start, String user, String password, String stopAt) {
        HttpResponse<String> response = get(start, "text/html");
        boolean submitted = false;
        for (int hop = 0; hop < 15; hop++) {
            if (isRedirect(response)) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                if (stopAt != null && next.toString().startsWith(stopAt)) {
                    return response;
                }
                response = get(next, "text/html");
            } else if (loginForm(response) != null && !submitted) {
                submitted = true;
                response = postForm(loginForm(response), Map.of("username", user, "password", password, "credentialId", ""));
            } else {
                return response;
            }
        }
        throw new IllegalStateException("Too many redirects from " + start);
    }

    HttpResponse<String> postForm(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 300 && response.statusCode() < 400;
    }

    private static URI loginForm(HttpResponse<String> response) {
        Matcher form = LOGIN_FORM.matcher(response.body());
        return form.find() ? URI.create(form.group(1).replace("&amp;", "&")) : null;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
