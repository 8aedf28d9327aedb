package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.deployment.support.Dockerfile;
import no.arsberetning.deployment.support.Dockerfile.Instruction;
import no.arsberetning.deployment.support.Dockerfile.Stage;
import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;

/** docker/Dockerfile, the one image recipe of all seven programs: checked without a Docker engine. */
class DockerfileTests {

    /** Spring Boot's default layers, from least to most often changed. */
    static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private final Dockerfile dockerfile = Dockerfile.load();

    @Test
    void buildsFromSourceWithTheMavenWrapperOnceForAllPrograms() {
        Stage build = dockerfile.stage("build").orElseThrow();
        String run = String.join("\n", build.all("RUN").stream().map(Instruction::arguments).toList());

        assertThat(run).contains("./mvnw", "package", "-DskipTests", "--mount=type=cache,target=/maven-cache",
                "-Dmaven.repo.local=/maven-cache/");
        assertThat(build.instructions()).as("the build stage must not depend on MODULE, so all images share it")
                .noneMatch(i -> i.arguments().contains("MODULE"));
    }

    @Test
    void extractsTheModulesJarIntoLayersWithSpringBootsJarTools() {
        Stage extract = dockerfile.stage("extract").orElseThrow();
        String run = extract.last("RUN").orElseThrow().arguments();

        assertThat(extract.all("ARG").stream().map(Instruction::arguments)).anyMatch(a -> a.equals("MODULE"));
        assertThat(run).contains("-Djarmode=tools", "extract --layers --launcher --destination /extracted",
                "/target/${MODULE}-${VERSION}.jar");
        assertThat(run).as("an unknown MODULE fails the build with a message").contains("exit 1");
    }

    @Test
    void versionDefaultIsTheProjectVersion() {
        assertThat(dockerfile.argDefault("VERSION")).contains(Repository.version());
    }

    @Test
    void copiesTheLayersInDependencyOrder() {
        List<String> copied = dockerfile.finalStage().all("COPY").stream()
                .map(Instruction::arguments)
                .filter(a -> a.startsWith("--from=extract "))
                .map(a -> a.split("\\s+")[1])
                .toList();

        assertThat(copied).containsExactlyElementsOf(LAYERS.stream().map(l -> "/extracted/" + l + "/").toList());
    }

    @Test
    void runsAsANonRootUserWithANumericId() {
        String user = dockerfile.finalStage().last("USER").orElseThrow().arguments();
        String uid = user.split(":")[0];

        assertThat(uid).as("numeric, so Kubernetes' runAsNonRoot can verify it").matches("\\d+");
        assertThat(Integer.parseInt(uid)).isPositive();
        assertThat(dockerfile.finalStage().all("USER")).hasSize(1);
        List<String> afterUser = dockerfile.finalStage().instructions().stream()
                .dropWhile(i -> !i.keyword().equals("USER")).map(Instruction::keyword).toList();
        assertThat(afterUser).as("nothing runs as root after USER").doesNotContain("RUN");
    }

    @Test
    void startsSpringBootsJarLauncherDirectly() {
        assertThat(dockerfile.finalStage().last("ENTRYPOINT").orElseThrow().arguments())
                .isEqualTo("[\"java\", \"" + LAUNCHER + "\"]");
    }

    @Test
    void runsOnAJava17RuntimeImageAndBuildsOnAJava17Jdk() {
        assertThat(dockerfile.resolvedImage(dockerfile.finalStage())).matches("eclipse-temurin:17[-.\\w]*-jre[-\\w]*");
        assertThat(dockerfile.resolvedImage(dockerfile.stage("build").orElseThrow()))
                .matches("eclipse-temurin:17[-.\\w]*-jdk[-\\w]*");
    }

    @Test
    void everyBaseImageHasAnExplicitTag() {
        List<String> stageNames = dockerfile.stages().stream().map(Stage::name).toList();
        dockerfile.stages().stream()
                .filter(stage -> !stageNames.contains(stage.image()))
                .map(dockerfile::resolvedImage)
                .forEach(image -> assertThat(image).as(image).matches("[^:]+:[^:]+").doesNotEndWith(":latest"));
    }

    @Test
    void heapFollowsTheContainersMemoryLimit() {
        String env = dockerfile.finalStage().all("ENV").stream().map(Instruction::arguments)
                .filter(a -> a.startsWith("JAVA_TOOL_OPTIONS=")).findFirst().orElseThrow();
        assertThat(env).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    }

    @Test
    void exposesThePortItIsBuiltFor() {
        assertThat(dockerfile.finalStage().all("ARG").stream().map(Instruction::arguments)).anyMatch(a -> a.startsWith("PORT"));
        assertThat(dockerfile.finalStage().last("EXPOSE").orElseThrow().arguments()).isEqualTo("${PORT}");
    }
}
