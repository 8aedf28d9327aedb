package no.arsberetning.gateway.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

/** What a user of a routed API sees when the service behind it is down or hanging. */
class RoutedServiceErrorsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RoutedServiceErrors handler = new RoutedServiceErrors(json);

    @Test
    void aServiceThatCannotBeReachedIsA503ProblemWithRetryAfter() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/climate/years"));
        handler.handle(exchange, new IllegalStateException(new ConnectException("Connection refused"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        JsonNode problem = json.readTree(exchange.getResponse().getBodyAsString().block());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("type").asString()).endsWith("/service-unavailable");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504Problem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/hr/years"));
        handler.handle(exchange, new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout"))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        JsonNode problem = json.readTree(exchange.getResponse().getBodyAsString().block());
        assertThat(problem.get("type").asString()).endsWith("/service-timeout");
    }

    @Test
    void onlyOutagesAreMapped() {
        assertThat(RoutedServiceErrors.statusFor(new java.io.UncheckedIOException(new ConnectException("refused")))).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(RoutedServiceErrors.statusFor(new TimeoutException())).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(RoutedServiceErrors.statusFor(new IllegalArgumentException("bug"))).isNull();
        assertThat(RoutedServiceErrors.statusFor(new ResponseStatusException(HttpStatus.NOT_FOUND))).isNull();

        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/hr/years"));
        IllegalArgumentException bug = new IllegalArgumentException("bug");
        assertThatThrownBy(() -> handler.handle(exchange, bug).block()).isSameAs(bug);
    }
}
