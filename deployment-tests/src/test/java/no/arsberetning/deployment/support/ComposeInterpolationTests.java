package no.arsberetning.deployment.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeInterpolationTests {

    private static final Map<String, String> ENV = env();

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("SET", "verdi");
        env.put("EMPTY", "");
        env.put("OTHER", "annen");
        return env;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "${SET}                  | verdi",
            "$SET/x                  | verdi/x",
            "a $$SET b               | a $SET b",
            "${SET:-d}               | verdi",
            "${EMPTY:-d}             | d",
            "${EMPTY-d}              | ''",
            "${UNSET-d}              | d",
            "${UNSET:-${OTHER}}      | annen",
            "${SET:+alt}             | alt",
            "${EMPTY:+alt}           | ''",
            "${EMPTY+alt}            | alt",
            "${UNSET+alt}            | ''",
            "uri://u:${SET:?m}@h     | uri://u:verdi@h",
            "${EMPTY?m}              | ''",
            "100$                    | 100$"})
    void interpolatesAsTheComposeSpecificationSays(String text, String expected) {
        ComposeInterpolation.Result result = ComposeInterpolation.apply(text, ENV);

        assertThat(result.errors()).isEmpty();
        assertThat(result.text()).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"${UNSET:?set UNSET in .env} | UNSET", "${EMPTY:?nødvendig} | EMPTY", "${UNSET?m} | UNSET"})
    void aRequiredVariableWithoutAValueIsAnErrorNamingIt(String text, String variable) {
        assertThat(ComposeInterpolation.apply(text, ENV).errors()).singleElement().asString().contains(variable);
    }

    @Test
    void anUnsetVariableBecomesEmptyAndIsReported() {
        ComposeInterpolation.Result result = ComposeInterpolation.apply("a${UNSET}b$ALSO_UNSET", ENV);

        assertThat(result.text()).isEqualTo("ab");
        assertThat(result.unsetVariables()).containsExactly("ALSO_UNSET", "UNSET");
    }

    @Test
    void aMalformedExpressionIsAnError() {
        assertThat(ComposeInterpolation.apply("${SET", ENV).errors()).isNotEmpty();
        assertThat(ComposeInterpolation.apply("${1X}", ENV).errors()).isNotEmpty();
    }

    @Test
    void interpolatesEveryStringOfATreeAndLeavesOtherValues() {
        Object tree = Map.of("a", List.of("${SET}", 5, true), "b", Map.of("c", "$OTHER"));

        assertThat(ComposeInterpolation.apply(tree, ENV).value()).isEqualTo(
                Map.of("a", List.of("verdi", 5, true), "b", Map.of("c", "annen")));
    }
}
