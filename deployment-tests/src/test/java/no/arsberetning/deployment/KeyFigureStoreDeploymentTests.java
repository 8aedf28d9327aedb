package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.ComposeService;
import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.api.Test;

/**
 * The key-figure store takes Statistics Norway's files of up to 100 MB: the gateway lets them through on its import
 * path only, the service accepts them, and its containers have room for an import's temporary files.
 */
class KeyFigureStoreDeploymentTests {

    @Test
    void theGatewaysUploadLimitOnTheImportPathIsTheServicesOwn() {
        Node gateway = YamlFiles.load("gateway/src/main/resources/application.yml").at("arsberetning", "limits", "uploads");
        Node service = YamlFiles.load("key-figures-service/src/main/resources/config/key-figures-defaults.yml");

        assertThat(gateway.items()).singleElement().satisfies(upload -> {
            assertThat(upload.get("path").text()).isEqualTo("/api/key-figures/imports");
            assertThat(upload.get("max-upload").text()).endsWith(":100MB}");
        });
        assertThat(service.at("arsberetning", "limits", "max-upload").text()).endsWith(":100MB}");
    }

    @Test
    void composeGivesTheStoreMemoryForItsTemporaryFilesButTheSameHeap() {
        ComposeService store = ComposeFile.load().service("key-figures-service");

        assertThat(store.node().get("mem_limit").text()).isEqualTo("1g");
        assertThat(store.environment().get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=25");
    }

    @Test
    void kubernetesGivesTheStoreALargerScratchVolume() {
        Node pod = Manifests.load().get("Deployment", "key-figures-service").node().at("spec", "template", "spec");

        Node tmp = pod.get("volumes").items().stream().filter(v -> "tmp".equals(v.get("name").text())).findFirst().orElseThrow();
        assertThat(tmp.at("emptyDir", "sizeLimit").text()).isEqualTo("1Gi");
    }
}
