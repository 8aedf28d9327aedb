package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;

/**
 * The workarounds are in place: the decoder Spring Boot makes is wrapped, and the firewall bean is the strict one
 * (its one-pass rule decides as Spring's: {@link HeaderValueRuleTest}).
 */
class TuningConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TuningConfiguration.class)
            .withBean(ReactiveJwtDecoder.class, () -> token -> Mono.error(new BadJwtException("refused")));

    @Test
    void theDecoderOfTheContextRemembersVerifiedTokens() {
        context.run(beans -> assertThat(beans.getBean(ReactiveJwtDecoder.class)).isInstanceOf(VerifiedTokenCache.class));
    }

    @Test
    void theFirewallRefusesAHeaderValueWithAControlCharacterWhenItIsRead() {
        context.run(beans -> {
            var exchange = beans.getBean(ServerWebExchangeFirewall.class).getFirewalledExchange(MockServerWebExchange.from(
                    MockServerHttpRequest.get("/api/me").header("X-Test", "a\u0000b").header("Accept", "Årsberetning"))).block();
            assertThat(exchange.getRequest().getHeaders().getFirst("Accept")).isEqualTo("Årsberetning");
            assertThatThrownBy(() -> exchange.getRequest().getHeaders().getFirst("X-Test"))
                    .isInstanceOf(ServerExchangeRejectedException.class);
        });
    }
}
