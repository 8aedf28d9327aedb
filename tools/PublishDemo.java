import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ./platform publish-demo [year] [reason]}: publishes a year as a controller would, so that the committee's
 * view has a release to show. Logs in as the demo user {@code controller} on Keycloak's own login page (the
 * {@code arsberetning-cli} client's authorization code with PKCE; the realm has no password grant), then
 * {@code POST /api/releases/{year}} through the gateway with an {@code Idempotency-Key} and the reason recorded
 * as the release's {@code overrideReason} (the demo data keeps the printed report's mistakes, which the checks
 * find). Without a year: the newest demo year (a year the demo loader registered; not one opened from it since,
 * which its controllers publish when they are done). Run by the JDK's source launcher: nothing to build.
 *
 * <p>usage: java tools/PublishDemo.java ISSUER_URI GATEWAY_URL CREDENTIALS_FILE [YEAR] [REASON]
 */
public final class PublishDemo {

    static final String DEFAULT_REASON = "Demo: publisert med ./platform publish-demo, slik at komiteens visning har en "
            + "utgave å vise. Demodataene er lastet slik de står i den trykte årsberetningen, med feilene kontrollene finner.";
    private static final String CLIENT = "arsberetning-cli";
    private static final String REDIRECT = "http://localhost:49152/callback";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Keycloak's login cookies are Secure; on plain-http localhost a browser still sends them, java.net's handler not. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            fail("usage: java tools/PublishDemo.java ISSUER_URI GATEWAY_URL CREDENTIALS_FILE [YEAR] [REASON]");
        }
        String issuer = args[0];
        URI gateway = URI.create(args[1]);
        // Read at run time from the platform's generated credentials file (its state folder, never the repository).
        String controllerCredential = credential(Path.of(args[2]), "user.controller");
        PublishDemo demo = new PublishDemo();
        String token = demo.login(issuer, "controller", controllerCredential);
        int year = args.length > 3 && !args[3].isBlank() ? Integer.parseInt(args[3]) : demo.newestYear(gateway, token);
        String reason = args.length > 4 && !args[4].isBlank() ? args[4] : DEFAULT_REASON;
        HttpResponse<String> published = demo.publish(gateway, token, year, reason);
        if (published.statusCode() != 201) {
            fail("publishing " + year + " was refused: " + published.statusCode() + " " + published.body());
        }
        System.out.println("Published Årsberetning " + year + " as release " + field(published.body(), "number")
                + ", with the reason recorded: " + reason);
    }

    /** The authorization-code flow with PKCE through Keycloak's login page; returns the access token. */
    String login(String issuer, String user, String password) throws IOException, InterruptedException {
        String verifier = random();
        String state = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI authorize = URI.create(issuer + "/protocol/openid-connect/auth?" + form(Map.of("client_id", CLIENT,
                "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT, "state", state,
                "code_challenge", challenge, "code_challenge_method", "S256")));
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorize).GET());
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            fail("no login form on Keycloak's page " + authorize + " (" + page.statusCode() + ")");
        }
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password, "credentialId", "")))));
        String location = redirect.headers().firstValue("Location").orElse("");
        if (!location.startsWith(REDIRECT)) {
            fail("logging in as " + user + " failed (" + redirect.statusCode() + "); is the password in the credentials file current?");
        }
        Map<String, String> query = query(URI.create(location).getRawQuery());
        if (!state.equals(query.get("state"))) {
            fail("state mismatch in Keycloak's redirect");
        }
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id", CLIENT,
                        "code", query.get("code"), "redirect_uri", REDIRECT, "code_verifier", verifier)))));
        if (tokens.statusCode() != 200) {
            fail("the token request failed: " + tokens.statusCode() + " " + tokens.body());
        }
        return field(tokens.body(), "access_token");
    }

    /**
     * The newest demo year the finance service holds (every service lists its years at /api/<svc>/years, each with
     * who registered it: {@code demo-loader} for the demo data's years).
     */
    int newestYear(URI gateway, String token) throws IOException, InterruptedException {
        HttpResponse<String> years = send(HttpRequest.newBuilder(gateway.resolve("/api/finance/years"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
        TreeSet<Integer> found = Pattern.compile("\\{[^{}]*?\"year\"\\s*:\\s*(\\d{4})[^{}]*?\"registeredBy\"\\s*:\\s*\"demo-loader\"")
                .matcher(years.body()).results()
                .map(m -> Integer.parseInt(m.group(1))).collect(Collectors.toCollection(TreeSet::new));
        if (years.statusCode() != 200 || found.isEmpty()) {
            fail("no demo year to publish: GET /api/finance/years answered " + years.statusCode() + " " + years.body());
        }
        return found.last();
    }

    HttpResponse<String> publish(URI gateway, String token, int year, String reason) throws IOException, InterruptedException {
        String body = "{\"overrideReason\":\"" + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return send(HttpRequest.newBuilder(gateway.resolve("/api/releases/" + year))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    private static String credential(Path file, String key) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> line.startsWith(key + "="))
                .map(line -> line.substring(key.length() + 1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + key + " in " + file));
    }

    private static String field(String json, String name) {
        Matcher text = Pattern.compile(String.format(STRING_FIELD.pattern(), Pattern.quote(name))).matcher(json);
        if (text.find()) {
            return text.group(1);
        }
        Matcher number = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(json);
        return number.find() ? number.group(1) : "?";
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fail(String message) {
        System.err.println("publish-demo: " + message);
        System.exit(1);
    }
}
