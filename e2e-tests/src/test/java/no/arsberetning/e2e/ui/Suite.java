package no.arsberetning.e2e.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import no.arsberetning.e2e.Platform;
import no.arsberetning.e2e.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform under test and real tokens for its demo users (the parent package's {@code Platform} and
 * {@code Tokens}: tokens through Keycloak's login page), plus the few API writes the browser tests use to
 * set up their preconditions.
 */
final class Suite {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int YEAR = 2023;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Suite() {
    }

    static URI gateway() {
        return Platform.GATEWAY;
    }

    static String password(String user) {
        return Platform.password(user);
    }

    /** A real access token for a demo user (the suite's Tokens: authorization code with PKCE on Keycloak's page). */
    static String token(String user) {
        return Tokens.forUser(user);
    }

    static JsonNode get(String path, String user) {
        HttpResponse<String> response = send("GET", path, user, null, Map.of());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> send(String method, String path, String user, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway().resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token(user));
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of a section of the reporting cycle ({@code draft}, {@code submitted}, …). */
    static String sectionStatus(String serviceApi, String sectionKey) {
        for (JsonNode section : get("/api/" + serviceApi + "/" + YEAR + "/sections", "controller")) {
            if (sectionKey.equals(section.get("key").asString())) {
                return section.get("status").asString();
            }
        }
        throw new IllegalStateException("No section " + sectionKey + " in " + serviceApi);
    }

    static JsonNode section(String serviceApi, String sectionKey) {
        for (JsonNode section : get("/api/" + serviceApi + "/" + YEAR + "/sections", "controller")) {
            if (sectionKey.equals(section.get("key").asString())) {
                return section;
            }
        }
        throw new IllegalStateException("No section " + sectionKey + " in " + serviceApi);
    }

    /** Moves a section (as controller, through the gateway) so that it is open for changes: draft or returned. */
    static void ensureOpen(String serviceApi, String sectionKey) {
        String status = sectionStatus(serviceApi, sectionKey);
        if ("submitted".equals(status) || "approved".equals(status)) {
            step(serviceApi, sectionKey, "reopen");
        }
    }

    /** Moves a section (as controller) to submitted, whatever its status. */
    static void ensureSubmitted(String serviceApi, String sectionKey) {
        String status = sectionStatus(serviceApi, sectionKey);
        if ("approved".equals(status)) {
            step(serviceApi, sectionKey, "reopen");
            status = "draft";
        }
        if (!"submitted".equals(status)) {
            step(serviceApi, sectionKey, "submit");
        }
    }

    private static void step(String serviceApi, String sectionKey, String action) {
        HttpResponse<String> response = send("POST", "/api/" + serviceApi + "/" + YEAR + "/sections/" + sectionKey + "/" + action,
                "controller", Map.of(), Map.of());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(action + " " + sectionKey + ": " + response.statusCode() + " " + response.body());
        }
    }
}
