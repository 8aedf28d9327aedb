package no.arsberetning.gateway.security;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import java.util.Map;

import no.arsberetning.common.security.KeycloakAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Body size (413) and rate (429) limits, as problem documents, with a tiny bucket to see it. */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only",
        "arsberetning.limits.max-body=1KB", "arsberetning.limits.max-upload=4KB",
        "arsberetning.limits.uploads[0].path=/api/key-figures/imports", "arsberetning.limits.uploads[0].max-upload=8KB",
        "arsberetning.limits.rate-limit.capacity=3", "arsberetning.limits.rate-limit.refill-per-second=0.05",
        "arsberetning.limits.rate-limit.clients.portal.capacity=1",
        "arsberetning.limits.rate-limit.clients.portal.refill-per-second=0.05"})
@AutoConfigureWebTestClient
class LimitsTests {

    WebTestClient http;

    /** The first requests of a fresh context are slow on a busy build machine. */
    @Autowired
    void client(WebTestClient client) {
        http = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    static JwtMutator token(String user, String role) {
        return mockJwt().jwt(j -> j.subject(user)
                        .claim("preferred_username", user)
                        .claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new KeycloakAuthorities());
    }

    @Test
    void aJsonBodyOverTheLimitIs413ProblemBeforeItIsRead() {
        http.mutateWith(token("limits.big", "controller")).post().uri("/api/releases/2023")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"x\":\"" + "a".repeat(2000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.maxBytes").isEqualTo(1024);
    }

    @Test
    void uploadsHaveTheirOwnLargerLimit() {
        String boundary = "b";
        String small = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "a".repeat(2000) + "\r\n--b--\r\n";
        http.mutateWith(token("limits.upload", "staff")).post().uri("/api/finance/2023/imports")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary)).bodyValue(small)
                .exchange().expectStatus().isForbidden();
        http.mutateWith(token("limits.upload", "staff")).post().uri("/api/finance/2023/imports")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .bodyValue(small.replace("a".repeat(2000), "a".repeat(5000)))
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.maxBytes").isEqualTo(4096);
    }

    @Test
    void theKeyFigureImportsTakeLargerUploadsThanAnyOtherPath() {
        String file = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"12362.json\"\r\n\r\n"
                + "a".repeat(6000) + "\r\n--b--\r\n";
        MediaType multipart = MediaType.parseMediaType("multipart/form-data; boundary=b");
        // staff may not import: a 403 shows the body got past the size limit
        http.mutateWith(token("limits.kostra", "staff")).post().uri("/api/key-figures/imports")
                .contentType(multipart).bodyValue(file).exchange().expectStatus().isForbidden();
        http.mutateWith(token("limits.kostra", "staff")).post().uri("/api/key-figures/imports")
                .contentType(multipart).bodyValue(file.replace("a".repeat(6000), "a".repeat(9000)))
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.maxBytes").isEqualTo(8192);
        for (String other : List.of("/api/key-figures/importsx", "/api/finance/2023/imports")) {
            http.mutateWith(token("limits.kostra", "staff")).post().uri(other)
                    .contentType(multipart).bodyValue(file).exchange().expectStatus().isEqualTo(413)
                    .expectBody().jsonPath("$.maxBytes").isEqualTo(4096);
        }
    }

    @Test
    void aMachineClientConfiguredWithItsOwnBucketGetsThatSize() {
        JwtMutator portal = mockJwt().jwt(j -> j.subject("service-account-portal").claim("azp", "portal")
                        .claim("realm_access", Map.of("roles", List.of("committee"))))
                .authorities(new KeycloakAuthorities());
        http.mutateWith(portal).get().uri("/api/me").exchange().expectStatus().isOk();
        http.mutateWith(portal).get().uri("/api/me").exchange().expectStatus().isEqualTo(429);
        http.mutateWith(token("limits.person", "staff")).get().uri("/api/me").exchange().expectStatus().isOk();
        http.mutateWith(token("limits.person", "staff")).get().uri("/api/me").exchange().expectStatus().isOk();
    }

    @Test
    void aBurstOverTheBucketIs429WithRetryAfterForThatPrincipalOnly() {
        for (int i = 0; i < 3; i++) {
            http.mutateWith(token("limits.burst", "staff")).get().uri("/api/me").exchange().expectStatus().isOk();
        }
        http.mutateWith(token("limits.burst", "staff")).get().uri("/api/me").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", retryAfter -> org.assertj.core.api.Assertions
                        .assertThat(Integer.parseInt(retryAfter)).isBetween(1, 20))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(429);
        http.mutateWith(token("limits.other", "staff")).get().uri("/api/me").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
