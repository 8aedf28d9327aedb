package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;

/**
 * The gateway renders the PDF in the heap every program has, so its garbage collector is chosen, not left to the
 * machine (a container of one CPU gets the serial collector): the same options locally ({@code GATEWAY_JVM_OPTIONS}
 * in platform.env), in compose and in Kubernetes, after the heap options every program shares.
 */
class GatewayCollectorTests {

    private static final Pattern LOCAL = Pattern.compile("GATEWAY_JVM_OPTIONS:=([^}]+)}");

    @Test
    void theLocalPlatformChoosesTheCollector() {
        assertThat(local()).contains("-XX:+UseG1GC").doesNotContain("-Xmx");
    }

    @Test
    void composeRunsTheGatewayWithTheLocalCollectorAfterTheSharedHeapOptions() {
        ComposeFile compose = ComposeFile.load();
        String shared = compose.service("finance-service").environment().get("JAVA_TOOL_OPTIONS");

        assertThat(compose.service("gateway").environment().get("JAVA_TOOL_OPTIONS")).isEqualTo(shared + " " + local());
    }

    @Test
    void kubernetesRunsTheGatewayWithTheLocalCollectorAfterTheSharedHeapOptions() {
        Manifests manifests = Manifests.load();
        String shared = manifests.get("ConfigMap", "arsberetning-settings").node().at("data", "JAVA_TOOL_OPTIONS").text();

        assertThat(manifests.environment("gateway").get("JAVA_TOOL_OPTIONS")).isEqualTo(shared + " " + local());
    }

    private static String local() {
        Matcher options = LOCAL.matcher(Repository.read("platform.env"));
        assertThat(options.find()).as("platform.env sets GATEWAY_JVM_OPTIONS").isTrue();
        return options.group(1);
    }
}
