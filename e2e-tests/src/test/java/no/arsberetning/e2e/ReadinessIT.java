package no.arsberetning.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Ready means the first answers are ready: right after {@code ./platform up} has started the gateway and a service
 * again (both cold: a new JVM each), the first overview anyone asks for has every service's part, within the
 * gateway's usual time limit per service.
 */
class ReadinessIT {

    @Test
    void theFirstOverviewAfterAStartIsWhole() {
        PlatformControl.stop("gateway");
        PlatformControl.stop("climate-service");
        PlatformControl.startAll();

        HttpResponse<String> first = Api.get(Platform.GATEWAY, "/api/dashboards/2023", Tokens.forUser("staff"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        for (JsonNode source : Api.json(first).get("sources")) {
            assertThat(source.get("available").asBoolean()).as(source.toString()).isTrue();
        }
    }
}
