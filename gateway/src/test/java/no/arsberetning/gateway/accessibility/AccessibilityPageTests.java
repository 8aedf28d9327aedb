package no.arsberetning.gateway.accessibility;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The statement is public, as a tilgjengelighetserklæring must be: no login, HTML and the results as JSON. */
@SpringBootTest(properties = {"spring.cloud.config.enabled=false", "GATEWAY_CLIENT_SECRET=test-only"})
@AutoConfigureWebTestClient
class AccessibilityPageTests {

    @Autowired
    WebTestClient http;

    @Test
    void theStatementIsOpenWithoutLogin() {
        // The first render of the page (templates, results) takes more than WebTestClient's 5 s on a busy machine.
        WebTestClient http = this.http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        http.get().uri("/tilgjengelighet").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("Tilgjengelighetserklæring", "axe-core"));
        http.get().uri("/tilgjengelighet/axe-results.json").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.tool.name").isEqualTo("axe-core");
    }

    @Test
    void theRestStillNeedsALogin() {
        http.get().uri("/api/reports/2023/completeness").exchange().expectStatus().isUnauthorized();
    }
}
