package no.arsberetning.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass rule allows exactly the header values Spring Security's strict firewall allows by default. */
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
}
