package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;

/** On Kubernetes the config server serves config-repo/ from a ConfigMap: it must be the same files. */
class ConfigRepoConfigMapTests {

    private static final String REGENERATE = "kubectl create configmap config-repo --from-file=config-repo/"
            + " --dry-run=client -o yaml > deploy/programs/config-repo.yaml";

    private final Manifests manifests = Manifests.load();

    @Test
    void holdsExactlyTheFilesOfConfigRepo() throws IOException {
        Map<String, String> data = manifests.get("ConfigMap", "config-repo").node().get("data").stringMap();

        try (Stream<Path> files = Files.list(Repository.path("config-repo"))) {
            Map<String, String> expected = new TreeMap<>();
            files.forEach(file -> expected.put(file.getFileName().toString(), Repository.read(file)));
            assertThat(data).as("deploy/programs/config-repo.yaml is stale; regenerate it: " + REGENERATE)
                    .containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    @Test
    void theConfigServerReadsItFromWhereItIsMounted() {
        Node pod = manifests.get("Deployment", "config-server").node().at("spec", "template", "spec");
        Node container = pod.get("containers").items().get(0);
        String directory = manifests.environment("config-server").get("CONFIG_REPO_DIR");
        assertThat(directory).as("CONFIG_REPO_DIR in the config server's environment").isNotBlank();

        Node mount = container.get("volumeMounts").items().stream()
                .filter(m -> directory.equals(m.get("mountPath").text())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at CONFIG_REPO_DIR " + directory));
        assertThat(mount.get("readOnly").text()).isEqualTo("true");
        assertThat(pod.get("volumes").items()).anySatisfy(volume -> {
            assertThat(volume.get("name").text()).isEqualTo(mount.get("name").text());
            assertThat(volume.at("configMap", "name").text()).isEqualTo("config-repo");
        });
    }
}
