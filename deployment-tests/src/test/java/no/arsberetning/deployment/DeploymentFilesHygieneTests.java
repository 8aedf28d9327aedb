package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.arsberetning.deployment.support.Repository;
import no.arsberetning.deployment.support.SecretScanner;

import org.junit.jupiter.api.Test;

/** The deployment files hold no secret values and nothing of one developer's machine. */
class DeploymentFilesHygieneTests {

    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.])/(work|root|home|Users|tmp)/");

    @Test
    void noLineAssignsASecretValue() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : deploymentFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (SecretScanner.looksLikeSecret(lines.get(i))) {
                    findings.add(Repository.root().relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void noAbsolutePathOfADevelopersMachine() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : deploymentFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (MACHINE_PATH.matcher(lines.get(i)).find()) {
                    findings.add(Repository.root().relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theScannerRecognisesALiteralSecretAndLetsReferencesPass() {
        assertThat(SecretScanner.looksLikeSecret("GATEWAY_CLIENT_SECRET: s3cr3tValue99")).isTrue(); // example
        assertThat(SecretScanner.looksLikeSecret("MONGO_ROOT_PASSWORD=Abcdef123456")).isTrue(); // example
        assertThat(SecretScanner.looksLikeSecret("GATEWAY_CLIENT_SECRET: ${GATEWAY_CLIENT_SECRET:?set it}")).isFalse();
        assertThat(SecretScanner.looksLikeSecret("GATEWAY_CLIENT_SECRET=<generate: openssl rand -hex 24>")).isFalse();
    }

    /** docker-compose.yml, .env.example, .dockerignore, docker/ and deploy/: the non-Markdown deployment files. */
    private static List<Path> deploymentFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Repository.path("docker-compose.yml"), Repository.path(".env.example"),
                Repository.path(".dockerignore")));
        for (String directory : List.of("docker", "deploy")) {
            try (Stream<Path> walk = Files.walk(Repository.path(directory))) {
                walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).forEach(files::add);
            }
        }
        return files;
    }
}
