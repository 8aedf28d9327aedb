package no.arsberetning.gateway.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

/** The one-pass rule allows exactly what Spring Security's strict firewall allows, and why it exists. */
class HeaderValueRuleTest {

    /** The default of {@code StrictServerWebExchangeFirewall} for header values. */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "text/html; q=0.9", "a\tb", "a\nb", "a\rb", "\u0000",
            "\u007f", "\u0085", "\u009f", "\u00a0", "Årsberetning – ærlig", "\u2028", "\ud83d\ude00", "\ud800", "x\udc00",
            "\u0378", "\ufffe", "\uffff", "\u00ad"})
    void allowsWhatSpringAllows(String value) {
        assertThat(HeaderValueRule.allowed(value)).isEqualTo(SPRING.matcher(value).matches());
    }

    /**
     * The upstream behaviour the rule works around: Spring's firewall checks a header value with a regular
     * expression, again each time the header is read. When this fails, remove {@link HeaderValueRule} and
     * measure again (bench/README.md).
     */
    @Test
    void springChecksHeaderValuesWithARegularExpressionOnEveryRead() {
        assertThat(Arrays.stream(StrictServerWebExchangeFirewall.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class)
                .map(HeaderValueRuleTest::pattern))
                .as("the default rule is a regular expression")
                .contains(SPRING.pattern());

        AtomicInteger checks = new AtomicInteger();
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(value -> checks.incrementAndGet() > 0);
        ServerWebExchange exchange = firewall.getFirewalledExchange(MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer abc"))).block();
        exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        assertThat(checks).as("checked again on every read").hasValue(2);
    }

    private static String pattern(Field field) {
        try {
            field.setAccessible(true);
            return ((Pattern) field.get(null)).pattern();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
