package no.arsberetning.e2e;

import static no.arsberetning.e2e.FaultHttp.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import no.arsberetning.e2e.FaultHttp.Timed;
import no.arsberetning.e2e.Platform.Service;

/**
 * Keycloak stopped: tokens already issued keep working until they expire, at the gateway and at every
 * service (their signing keys are cached); new logins fail cleanly; the APIs answer bearer requests with
 * 2xx or 401, never a 5xx. After Keycloak is back, logging in works again.
 */
class KeycloakFaultIT {

    @Test
    void issuedTokensKeepWorkingAndNothingFailsWithA5xxWhileKeycloakIsDown() throws Exception {
        String staff = Tokens.newLogin("staff");
        String reporter = Tokens.newLogin("reporter.skole");
        String forged = ForgedTokens.unknownKey(staff);
        await("the report is complete before the fault", Duration.ofMinutes(2), () -> FaultHttp.reportComplete(staff));
        for (Service service : Service.values()) {
            // Each service has fetched the realm's keys once (as it has in normal use) before Keycloak goes.
            assertThat(FaultHttp.get(service.direct, service.yearsPath(), staff).status()).isEqualTo(200);
        }

        PlatformControl.stop("keycloak");
        try {
            for (Service service : Service.values()) {
                for (URI entrance : new URI[] { Platform.GATEWAY, service.direct }) {
                    String where = entrance + service.yearsPath();
                    assertThat(FaultHttp.get(entrance, service.yearsPath(), staff).status()).as(where).isEqualTo(200);
                    assertThat(FaultHttp.get(entrance, service.yearsPath(), reporter).status()).as(where).isEqualTo(200);
                    assertUnauthorized(FaultHttp.get(entrance, service.yearsPath(), null), where + " without a token");
                    assertUnauthorized(FaultHttp.get(entrance, service.yearsPath(), forged), where + " with an unknown key id");
                    assertUnauthorized(FaultHttp.get(entrance, service.yearsPath(), "not.a.token"), where + " with garbage");
                }
            }
            Timed report = FaultHttp.get(Platform.GATEWAY, "/api/reports/2023", staff);
            System.out.printf("[faults] keycloak stopped: report %d in %d ms%n", report.status(), report.millis());
            assertThat(FaultHttp.reportComplete(staff)).as("the whole report, with tokens issued before").isTrue();

            // A person starting to log in is sent to Keycloak's login page (which is down): no error from us.
            Timed login = FaultHttp.send(Platform.GATEWAY, "GET", "/oauth2/authorization/keycloak", null, null, null);
            assertThat(login.status()).as(login.response().body()).isEqualTo(302);
            assertThat(login.response().headers().firstValue("Location").orElseThrow()).startsWith(Platform.ISSUER);
            // ... and no new token can be had: the login fails, nothing hangs.
            assertThatThrownBy(() -> Tokens.newLogin("controller")).isInstanceOf(IllegalStateException.class);
        } finally {
            PlatformControl.startAll();
        }
        await("a new login works once Keycloak is back", Duration.ofMinutes(2), () -> {
            String fresh = Tokens.newLogin("controller");
            return FaultHttp.get(Platform.GATEWAY, "/api/finance/years", fresh).status() == 200;
        });
    }

    private static void assertUnauthorized(Timed timed, String what) {
        assertThat(timed.status()).as(what + ": " + timed.response().body()).isEqualTo(401);
        assertThat(timed.response().headers().firstValue("Content-Type").orElse("")).as(what)
                .startsWith("application/problem+json");
    }
}
