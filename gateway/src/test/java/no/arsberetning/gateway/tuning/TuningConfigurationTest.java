package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.scripting.support.StaticScriptSource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;

/**
 * The workarounds are in place: the decoder Spring Boot makes is wrapped, the rate limiter runs the script read
 * once, and the firewall bean is the strict one
 * (its one-pass rule decides as Spring's: {@link HeaderValueRuleTest}).
 */
class TuningConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TuningConfiguration.class)
            .withBean(ReactiveJwtDecoder.class, () -> token -> Mono.error(new BadJwtException("refused")))
            .withBean(ReactiveStringRedisTemplate.class, () -> new ReactiveStringRedisTemplate(new LettuceConnectionFactory()))
            .withBean(ConfigurationService.class, () -> mock(ConfigurationService.class));

    @Test
    void theDecoderOfTheContextRemembersVerifiedTokens() {
        context.run(beans -> assertThat(beans.getBean(ReactiveJwtDecoder.class)).isInstanceOf(VerifiedTokenCache.class));
    }

    @Test
    void theRateLimiterRunsTheScriptReadOnce() {
        context.run(beans -> assertThat(beans.getBean(RedisRateLimiter.class))
                .extracting("script").extracting("scriptSource").isInstanceOf(StaticScriptSource.class));
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
