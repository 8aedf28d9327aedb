package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import no.arsberetning.e2e.Platform.Service;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A person opens the platform in a browser, is sent to Keycloak's login page, logs in, and reaches every
 * service through the gateway with the session alone (the gateway relays the token).
 */
class BrowserLoginIT {

    @Test
    void aDemoUserLogsInOnKeycloaksPageAndReachesEachService() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.loginThrough(Platform.GATEWAY.resolve("/"), "staff", Platform.password("staff"), null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri()).isEqualTo(Platform.GATEWAY.resolve("/"));
        assertThat(page.body()).contains("<html lang=\"nb\">", "Årsberetning");

        JsonNode me = Tokens.JSON.readTree(browser.get(Platform.GATEWAY.resolve("/api/me"), "application/json").body());
        assertThat(me.get("username").asString()).isEqualTo("staff");
        assertThat(me.get("roles").toString()).contains("staff");

        for (Service service : Service.values()) {
            HttpResponse<String> years = browser.get(Platform.GATEWAY.resolve(service.yearsPath()), "application/json");
            assertThat(years.statusCode()).as(service + ": " + years.body()).isEqualTo(200);
            assertThat(years.body()).contains("\"year\":2023");
        }
    }

    @Test
    void theLoginPageIsKeycloaksOwn() {
        HttpResponse<String> first = new Browser().get(Platform.GATEWAY.resolve("/oauth2/authorization/keycloak"), "text/html");
        assertThat(Browser.isRedirect(first)).isTrue();
        URI login = URI.create(first.headers().firstValue("Location").orElseThrow());
        assertThat(login.toString()).startsWith(Platform.ISSUER + "/protocol/openid-connect/auth");
        assertThat(login.getQuery()).contains("code_challenge_method=S256");
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPage() {
        HttpResponse<String> page = new Browser().loginThrough(Platform.GATEWAY.resolve("/"), "staff", "not-the-password", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().toString()).startsWith(Platform.ISSUER);
    }
}
