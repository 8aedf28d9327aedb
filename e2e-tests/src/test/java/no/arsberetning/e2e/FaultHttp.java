package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;

/** HTTP calls of the fault-injection tests: timed, with generous limits, and polling for recovery. */
final class FaultHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FaultHttp() {
    }

    /** A response and how long it took, in milliseconds. */
    record Timed(HttpResponse<String> response, long millis) {

        int status() {
            return response.statusCode();
        }

        JsonNode json() {
            return Api.json(response);
        }
    }

    static Timed get(URI base, String path, String bearer) {
        return send(base, "GET", path, bearer, null, null);
    }

    static Timed send(URI base, String method, String path, String bearer, String ifMatch, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(40))
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return timed(request.build());
    }

    static HttpRequest upload(URI base, String path, String bearer, String fileName, byte[] content) {
        String boundary = "----arsberetning" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                .build();
    }

    static Timed timed(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Timed(response, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static java.util.concurrent.CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static byte[] bytes(URI base, String path, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A problem document (RFC 9457) with this status: what an API client gets instead of a bare error. */
    static void assertProblem(Timed timed, int status) {
        assertThat(timed.status()).as(timed.response().body()).isEqualTo(status);
        assertThat(timed.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(timed.json().get("status").asInt()).isEqualTo(status);
        assertThat(timed.json().get("detail").asString()).isNotBlank();
    }

    /** Polls (every half second) until the condition holds; fails naming what did not happen. */
    static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // a refused connection while the program starts: try again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The composed report with every source available: the platform has recovered. */
    static boolean reportComplete(String token) {
        Timed report = get(Platform.GATEWAY, "/api/reports/2023", token);
        if (report.status() != 200) {
            return false;
        }
        for (JsonNode source : report.json().get("sources")) {
            if (!source.get("available").asBoolean()) {
                return false;
            }
        }
        return true;
    }
}
