package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import no.arsberetning.deployment.support.Program;
import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Dockerfile's assumptions about the programs' jars, checked against the jars themselves: their
 * layers are the ones the Dockerfile copies, in that order, and they start with the launcher it names.
 * The reactor builds the programs before this module; built alone (-pl deployment-tests), it needs the
 * programs packaged first.
 */
class ProgramJarLayersTests {

    private static final Pattern LAYER = Pattern.compile("^- \"([^\"]+)\":$", Pattern.MULTILINE);

    @ParameterizedTest
    @EnumSource(Program.class)
    void jarHasTheLayersTheDockerfileCopiesAndItsLauncher(Program program) throws IOException {
        Path jar = Repository.path(program.module() + "/target/" + program.module() + "-" + Repository.version() + ".jar");
        assertThat(Files.isRegularFile(jar)).as("%s is built before this module in the reactor (./mvnw verify)", jar).isTrue();

        try (JarFile file = new JarFile(jar.toFile())) {
            String manifestLayers = file.getManifest().getMainAttributes().getValue("Spring-Boot-Layers-Index");
            assertThat(manifestLayers).as("a layered jar").isNotNull();
            String index = new String(file.getInputStream(file.getEntry(manifestLayers)).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> layers = LAYER.matcher(index).results().map(m -> m.group(1)).toList();

            assertThat(layers).containsExactlyElementsOf(DockerfileTests.LAYERS);
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(DockerfileTests.LAUNCHER);
            assertThat(file.getEntry("BOOT-INF/lib/spring-boot-jarmode-tools-" + springBootVersion(file) + ".jar"))
                    .as("spring-boot-jarmode-tools, which `-Djarmode=tools ... extract` needs").isNotNull();
        }
    }

    private static String springBootVersion(JarFile file) throws IOException {
        return file.getManifest().getMainAttributes().getValue("Spring-Boot-Version");
    }
}
