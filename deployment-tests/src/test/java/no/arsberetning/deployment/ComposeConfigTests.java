package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.ComposeInterpolation;
import no.arsberetning.deployment.support.ComposeSchema;
import no.arsberetning.deployment.support.EnvExample;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as Compose reads it, without any program: the file's variables interpolated with a .env
 * made from .env.example (Compose's interpolation rules), the result validated against the Compose
 * Specification's JSON schema, and refusing to start without a secret. Where Docker is installed,
 * {@code deployment-tests/compose-config-check} also runs {@code docker compose config} (not a test).
 */
class ComposeConfigTests {

    @Test
    void isValidAgainstTheComposeSpecificationWithTheVariablesOfEnvExample() {
        ComposeInterpolation.Result resolved = resolve(EnvExample.load().generated(Map.of()));

        assertThat(resolved.errors()).isEmpty();
        assertThat(resolved.unsetVariables()).as("variables Compose would warn about (unset)").isEmpty();
        assertThat(ComposeSchema.violations(resolved.value())).as(ComposeSchema.title()).isEmpty();
    }

    @Test
    void theSchemaRefusesAFileWithAMisspelledKey() {
        Map<String, Object> file = mutableCopy(resolve(EnvExample.load().generated(Map.of())).value());
        @SuppressWarnings("unchecked")
        Map<String, Object> gateway = (Map<String, Object>) ((Map<String, Object>) file.get("services")).get("gateway");
        gateway.put("healtcheck", gateway.remove("healthcheck"));

        assertThat(ComposeSchema.violations(file)).anySatisfy(violation -> assertThat(violation).contains("healtcheck"));
    }

    @Test
    void refusesToRunWhenASecretIsMissing() {
        Map<String, String> without = new HashMap<>();
        without.put("GATEWAY_CLIENT_SECRET", null);

        ComposeInterpolation.Result resolved = resolve(EnvExample.load().generated(without));

        assertThat(resolved.errors()).isNotEmpty().allSatisfy(error -> assertThat(error).contains("GATEWAY_CLIENT_SECRET"));
    }

    @Test
    void refusesAnEmptySecret() {
        ComposeInterpolation.Result resolved = resolve(EnvExample.load().generated(Map.of("MONGO_ROOT_PASSWORD", "")));

        assertThat(resolved.errors()).isNotEmpty().allSatisfy(error -> assertThat(error).contains("MONGO_ROOT_PASSWORD"));
    }

    @Test
    void resolvedConfigurationCarriesTheSecretsFromTheEnvFileAndPublishesOnLocalhostOnly() {
        Map<String, String> env = EnvExample.load().generated(Map.of("GATEWAY_CLIENT_SECRET", "0123abcd")); // an example value

        ComposeInterpolation.Result resolved = resolve(env);

        assertThat(resolved.errors()).isEmpty();
        Node services = Node.of(resolved.value()).get("services");
        assertThat(services.at("gateway", "environment", "GATEWAY_CLIENT_SECRET").text()).isEqualTo("0123abcd");
        assertThat(services.at("keycloak", "environment", "GATEWAY_CLIENT_SECRET").text()).isEqualTo("0123abcd");
        services.entries().forEach((name, service) -> assertThat(service.get("ports").items())
                .as("published ports of %s", name)
                .allSatisfy(port -> assertThat(hostAddress(port)).isEqualTo("127.0.0.1")));
        assertThat(services.entries().keySet()).containsAll(ComposeFile.load().services().keySet());
    }

    private static ComposeInterpolation.Result resolve(Map<String, String> env) {
        return ComposeInterpolation.apply(YamlFiles.load(ComposeFile.FILE).raw(), env);
    }

    /** "127.0.0.1:8080:8080" in the short syntax, host_ip in the long one. */
    private static String hostAddress(Node port) {
        if (port.isMap()) {
            return port.get("host_ip").text();
        }
        String text = port.text();
        return text.split(":").length == 3 ? text.substring(0, text.indexOf(':')) : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutableCopy(Object tree) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<String, Object>) tree).forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> ? mutableCopy(value)
                : value instanceof List<?> list ? List.copyOf(list) : value));
        return copy;
    }
}
