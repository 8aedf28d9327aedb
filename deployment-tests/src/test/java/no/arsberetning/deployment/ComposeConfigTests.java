package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.DockerComposeCli;
import no.arsberetning.deployment.support.EnvExample;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.ProcessResult;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml as docker-compose itself reads it: valid, complete with a .env made from
 * .env.example, and refusing to start without a secret. The .env is written to a temporary directory
 * and passed with --env-file, never into the repository.
 */
class ComposeConfigTests {

    private static DockerComposeCli compose;

    @TempDir
    Path temp;

    @BeforeAll
    static void findDockerCompose() {
        compose = DockerComposeCli.onPath();
    }

    @Test
    void isValidWithTheVariablesOfEnvExample() {
        Path env = EnvExample.load().writeGenerated(temp.resolve(".env"), Map.of());

        ProcessResult result = compose.config(env, "-q");

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        assertThat(result.stderr()).as("warnings, e.g. about unset variables").doesNotContainIgnoringCase("warn");
    }

    @Test
    void refusesToRunWhenASecretIsMissing() {
        Map<String, String> without = new HashMap<>();
        without.put("GATEWAY_CLIENT_SECRET", null);
        Path env = EnvExample.load().writeGenerated(temp.resolve(".env"), without);

        ProcessResult result = compose.config(env, "-q");

        assertThat(result.succeeded()).as(result.describe()).isFalse();
        assertThat(result.stderr()).contains("GATEWAY_CLIENT_SECRET");
    }

    @Test
    void refusesAnEmptySecret() {
        Path env = EnvExample.load().writeGenerated(temp.resolve(".env"), Map.of("MONGO_ROOT_PASSWORD", ""));

        ProcessResult result = compose.config(env, "-q");

        assertThat(result.succeeded()).as(result.describe()).isFalse();
        assertThat(result.stderr()).contains("MONGO_ROOT_PASSWORD");
    }

    @Test
    void resolvedConfigurationCarriesTheSecretsFromTheEnvFileAndPublishesOnLocalhostOnly() {
        Map<String, String> known = Map.of("GATEWAY_CLIENT_SECRET", "0123abcd"); // an example value
        Path env = EnvExample.load().writeGenerated(temp.resolve(".env"), known);

        ProcessResult result = compose.config(env);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        Node resolved = YamlFiles.parse(result.stdout());
        Node services = resolved.get("services");
        assertThat(services.at("gateway", "environment", "GATEWAY_CLIENT_SECRET").text()).isEqualTo("0123abcd");
        assertThat(services.at("keycloak", "environment", "GATEWAY_CLIENT_SECRET").text()).isEqualTo("0123abcd");
        services.entries().forEach((name, service) -> assertThat(service.get("ports").items())
                .as("published ports of %s", name)
                .allSatisfy(port -> assertThat(hostAddress(port)).isEqualTo("127.0.0.1")));
        assertThat(services.entries().keySet()).containsAll(ComposeFile.load().services().keySet());
    }

    /** docker-compose 1.x renders "127.0.0.1:8080:8080/tcp", 2.x a map with host_ip. */
    private static String hostAddress(Node port) {
        if (port.isMap()) {
            return port.get("host_ip").text();
        }
        String text = port.text();
        return text.split(":").length == 3 ? text.substring(0, text.indexOf(':')) : "";
    }
}
