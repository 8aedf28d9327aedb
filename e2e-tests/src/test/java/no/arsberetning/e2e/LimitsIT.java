package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What one request and one client may send: bodies over the limit are 413 (JSON 1 MiB, file uploads
 * 10 MiB), at the gateway and at each service's own port; a burst over the gateway's rate limit is 429
 * with {@code Retry-After}, for that client only. Nothing is written (read back).
 */
class LimitsIT {

    private static final int MIB = 1024 * 1024;

    static Stream<Arguments> entrances() {
        List<Arguments> entrances = new ArrayList<>();
        for (Service service : Service.values()) {
            entrances.add(Arguments.of(service, "gateway", Platform.GATEWAY));
            entrances.add(Arguments.of(service, "direct", service.direct));
        }
        return entrances.stream();
    }

    @ParameterizedTest(name = "{0} {1}: a JSON body over 1 MiB is 413")
    @MethodSource("entrances")
    void aJsonBodyOverTheLimitIs413(Service service, String via, URI base) {
        String before = texts(service);
        String huge = "{\"html\":\"" + "a".repeat(MIB + 10) + "\"}";
        HttpResponse<String> response = Calls.json("PUT", base, "/api/" + service.api + "/2023/texts/any",
                Tokens.forUser("controller"), "\"0\"", huge);
        assertTooLarge(response, MIB);
        assertThat(texts(service)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}: a chunked JSON body over 1 MiB is 413")
    @MethodSource("entrances")
    void aChunkedBodyOverTheLimitIs413(Service service, String via, URI base) {
        String before = texts(service);
        byte[] huge = ("{\"html\":\"" + "a".repeat(MIB + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/" + service.api + "/2023/texts/any"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.forUser("controller"))
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        assertTooLarge(Calls.send(request), MIB);
        assertThat(texts(service)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}: an upload over 10 MiB is 413, a larger-than-JSON one is read")
    @MethodSource("entrances")
    void uploadsHaveTheirOwnLimit(Service service, String via, URI base) {
        String before = tables(service);
        String path = "/api/" + service.api + "/2023/imports";
        Calls.Multipart tooBig = Calls.multipart("big.csv", "text/csv", filled(10 * MIB + 10), Map.of());
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Tokens.forUser("controller"))
                .header("Content-Type", tooBig.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooBig.body()))
                .build();
        assertTooLarge(Calls.send(request), 10L * MIB);

        Calls.Multipart allowed = Calls.multipart("big.csv", "text/csv", filled(2 * MIB), Map.of("table", "no-such-table"));
        HttpResponse<String> read = Calls.send("POST", base, path, Tokens.forUser("controller"), Map.of(),
                allowed.contentType(), allowed.body());
        assertThat(read.statusCode()).as(read.body()).isBetween(400, 499).isNotEqualTo(413);
        assertThat(tables(service)).isEqualTo(before);
    }

    /**
     * The committee portal's client bursts until refused; the refusal says when to come back, another
     * client is not affected meanwhile, and the portal is served again once its bucket has refilled.
     */
    @Test
    void aBurstOverTheRateLimitIs429ForThatClientOnly() {
        String portal = Tokens.forCommitteePortal();
        String staff = Tokens.forUser("staff");
        HttpResponse<String> refused = null;
        for (int round = 0; round < 40 && refused == null; round++) {
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                burst.add(Calls.HTTP.sendAsync(me(portal), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> call : burst) {
                HttpResponse<String> response = call.join();
                assertThat(response.statusCode()).as(response.body()).isIn(200, 429);
                if (response.statusCode() == 429) {
                    refused = response;
                }
            }
        }
        assertThat(refused).as("no 429 after 4 000 requests").isNotNull();
        assertThat(Calls.isProblem(refused)).isTrue();
        assertThat(Calls.body(refused).get("status").asInt()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);

        assertThat(Calls.send(me(staff)).statusCode()).as("another client keeps its own bucket").isEqualTo(200);

        Instant deadline = Instant.now().plusSeconds(retryAfter + 30);
        int status;
        do {
            pause(Duration.ofSeconds(retryAfter));
            status = Calls.send(me(portal)).statusCode();
        } while (status == 429 && Instant.now().isBefore(deadline));
        assertThat(status).as("served again after Retry-After").isEqualTo(200);
    }

    private static HttpRequest me(String token) {
        return HttpRequest.newBuilder(Platform.GATEWAY.resolve("/api/me"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET().build();
    }

    static void assertTooLarge(HttpResponse<String> response, long limit) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(Calls.isProblem(response)).as(response.headers().toString()).isTrue();
        assertThat(Calls.body(response).get("maxBytes").asLong()).isEqualTo(limit);
    }

    private static String texts(Service service) {
        return Calls.get(service.direct, "/api/" + service.api + "/2023/texts", Tokens.forUser("staff")).body();
    }

    private static String tables(Service service) {
        return Calls.get(service.direct, "/api/" + service.api + "/2023/tables", Tokens.forUser("staff")).body();
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
