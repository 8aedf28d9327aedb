package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.ComposeService;
import no.arsberetning.deployment.support.Program;
import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The services of docker-compose.yml: real images, health checks, start order, ports, builds. */
class ComposeServicesTests {

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void runsRealMongoDbAndKeycloakImagesWithPinnedVersions() {
        assertThat(compose.service("mongodb").image()).matches("mongo:\\d+\\.\\d+\\.\\d+");
        assertThat(compose.service("keycloak").image())
                .isEqualTo("quay.io/keycloak/keycloak:" + keycloakVersionOfTheBuild());
    }

    @Test
    void hasExactlyTheProgramsBesidesMongoDbKeycloakAndRedis() {
        assertThat(compose.services().keySet())
                .containsExactlyInAnyOrderElementsOf(concat(Program.modules(), "mongodb", "keycloak", "redis"));
    }

    @Test
    void theGatewayKeepsItsSessionsAndRateLimitsInThePasswordProtectedRedis() {
        ComposeService redis = compose.service("redis");
        assertThat(redis.image()).matches("redis:\\d+\\.\\d+\\.\\d+");
        assertThat(redis.node().get("command").texts()).contains("--requirepass", "--appendonly");
        assertThat(compose.service("gateway").environment()).containsEntry("REDIS_HOST", "redis")
                .containsKey("REDIS_PASSWORD");
        assertThat(compose.service("gateway").environment().get("REDIS_PASSWORD")).contains("${REDIS_PASSWORD:?");
    }

    @Test
    void everyServiceHasAHealthCheck() {
        compose.services().values().forEach(service -> {
            assertThat(service.healthcheck().isMissing()).as("%s has a healthcheck", service.name()).isFalse();
            assertThat(service.healthcheckCommand()).as(service.name()).isNotBlank().doesNotContain("NONE");
        });
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void everyProgramIsCheckedOnActuatorReadinessAtItsOwnPort(Program program) {
        assertThat(compose.service(program.module()).healthcheckCommand())
                .contains("http://127.0.0.1:" + program.port() + "/actuator/health/readiness");
    }

    @Test
    void keycloakIsCheckedOnItsManagementPortWithHealthEnabled() {
        ComposeService keycloak = compose.service("keycloak");
        assertThat(keycloak.environment()).containsEntry("KC_HEALTH_ENABLED", "true");
        assertThat(keycloak.healthcheckCommand()).contains("/dev/tcp/127.0.0.1/9000", "/health/ready", " 200 ");
    }

    @Test
    void everyDependencyWaitsForTheOtherServiceToBeHealthy() {
        compose.services().values().forEach(service -> service.dependsOn().forEach((dependency, condition) -> {
            assertThat(condition).as("%s -> %s", service.name(), dependency).isEqualTo("service_healthy");
            assertThat(compose.service(dependency).healthcheck().isMissing()).isFalse();
        }));
    }

    @Test
    void startOrderFollowsWhatEachProgramNeeds() {
        assertThat(compose.service("mongodb").dependsOn()).isEmpty();
        assertThat(compose.service("keycloak").dependsOn()).isEmpty();
        assertThat(compose.service("redis").dependsOn()).isEmpty();
        assertThat(compose.service("config-server").dependsOn()).isEmpty();
        for (Program service : Program.services()) {
            assertThat(compose.service(service.module()).dependsOn().keySet())
                    .as(service.module()).containsExactlyInAnyOrder("config-server", "mongodb");
        }
        assertThat(compose.service("gateway").dependsOn().keySet())
                .containsExactlyInAnyOrderElementsOf(concat(Program.services().stream().map(Program::module).toList(),
                        "config-server", "keycloak", "redis"));
    }

    @Test
    void onlyTheGatewayAndKeycloakArePublishedAndOnlyOnLocalhost() {
        compose.services().values().forEach(service -> {
            switch (service.name()) {
                case "gateway" -> assertThat(service.ports()).containsExactly("127.0.0.1:8080:8080");
                case "keycloak" -> assertThat(service.ports()).containsExactly("127.0.0.1:8180:8080");
                default -> assertThat(service.ports()).as("%s publishes no port", service.name()).isEmpty();
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void everyProgramIsBuiltFromTheOneDockerfileForAnExistingModule(Program program) {
        ComposeService service = compose.service(program.module());
        Map<String, String> args = service.buildArgs();

        assertThat(service.node().at("build", "context").text()).isEqualTo(".");
        assertThat(service.node().at("build", "dockerfile").text()).isEqualTo("docker/Dockerfile");
        assertThat(args).containsOnlyKeys("MODULE", "PORT").containsEntry("MODULE", program.module())
                .containsEntry("PORT", String.valueOf(program.port()));
        assertThat(Repository.modules()).contains(args.get("MODULE"));
        assertThat(buildsAnExecutableJar(args.get("MODULE")))
                .as("%s (or its parent in this repository) packages with spring-boot-maven-plugin", args.get("MODULE"))
                .isTrue();
        assertThat(service.image()).isEqualTo("arsberetning/" + program.module() + ":" + Repository.version());
    }

    @Test
    void onlyTheProgramsAreBuilt() {
        assertThat(compose.services().values().stream().filter(ComposeService::isBuilt).map(ComposeService::name))
                .containsExactlyInAnyOrderElementsOf(Program.modules());
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void programsRunHardenedWithContainerAwareMemory(Program program) {
        ComposeService service = compose.service(program.module());
        assertThat(service.node().get("read_only").text()).isEqualTo("true");
        assertThat(service.node().get("tmpfs").texts()).contains("/tmp");
        assertThat(service.node().get("cap_drop").texts()).contains("ALL");
        assertThat(service.node().get("security_opt").texts()).contains("no-new-privileges:true");
        assertThat(service.node().get("mem_limit").text()).isNotBlank();
        assertThat(service.environment().get("JAVA_TOOL_OPTIONS"))
                .contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    }

    @Test
    void configServerServesTheRepositorysConfigRepoReadOnlyOnAllInterfaces() {
        ComposeService configServer = compose.service("config-server");
        assertThat(configServer.volumes()).contains("./config-repo:/config-repo:ro");
        assertThat(configServer.environment()).containsEntry("CONFIG_REPO_DIR", "/config-repo")
                .containsEntry("CONFIG_SERVER_BIND", "0.0.0.0");
    }

    @Test
    void keycloakImportsTheRepositorysRealmFromAReadOnlyMount() {
        ComposeService keycloak = compose.service("keycloak");
        assertThat(keycloak.volumes()).contains("./keycloak:/opt/keycloak/data/import:ro");
        assertThat(keycloak.node().get("command").texts()).contains("--import-realm");
        assertThat(Files.isRegularFile(Repository.path("keycloak/arsberetning-realm.json"))).isTrue();
    }

    @Test
    void mongoDbStartsAsAReplicaSetThroughTheMountedInitScript() {
        ComposeService mongodb = compose.service("mongodb");
        String script = "docker/mongo/init-replica-and-users.sh";
        assertThat(Files.isRegularFile(Repository.path(script))).isTrue();
        assertThat(mongodb.volumes()).contains("./" + script + ":/opt/arsberetning/init-replica-and-users.sh:ro");
        assertThat(mongodb.node().get("entrypoint").texts()).containsExactly("bash",
                "/opt/arsberetning/init-replica-and-users.sh", "start");
        assertThat(mongodb.healthcheckCommand()).contains("init-replica-and-users.sh healthcheck");
        assertThat(Repository.read(script)).contains("--replSet \"$MONGO_REPLICA_SET\"", "--keyFile", "rs.initiate(");
        assertThat(mongodb.environment()).containsEntry("MONGO_REPLICA_SET", "rs0");
    }

    @Test
    void dataSurvivesRecreatingTheContainersInNamedVolumes() {
        assertThat(compose.service("mongodb").volumes()).contains("mongodb-data:/data/db");
        assertThat(compose.service("keycloak").volumes()).contains("keycloak-data:/opt/keycloak/data");
        assertThat(compose.volumes().entries().keySet()).contains("mongodb-data", "keycloak-data");
    }

    @Test
    void servicesLoadTheDemoDataByDefault() {
        for (Program service : Program.services().stream().filter(Program::loadsDemoData).toList()) {
            assertThat(compose.service(service.module()).environment().get("DEMO_DATA"))
                    .as(service.module()).isEqualTo("${DEMO_DATA:-true}");
        }
    }

    /** The module's POM, or the POM of a parent module of this repository, uses spring-boot-maven-plugin. */
    private static boolean buildsAnExecutableJar(String module) {
        String pom = Repository.read(module + "/pom.xml");
        if (pom.contains("<artifactId>spring-boot-maven-plugin</artifactId>")) {
            return true;
        }
        Matcher parent = Pattern.compile("<parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL).matcher(pom);
        return parent.find() && Repository.modules().contains(parent.group(1)) && buildsAnExecutableJar(parent.group(1));
    }

    static String keycloakVersionOfTheBuild() {
        Matcher matcher = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(Repository.read("pom.xml"));
        assertThat(matcher.find()).as("pom.xml declares keycloak.version").isTrue();
        return matcher.group(1);
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
