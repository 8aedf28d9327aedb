package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.EnvExample;
import no.arsberetning.deployment.support.Program;
import no.arsberetning.deployment.support.ProgramConfiguration;
import no.arsberetning.deployment.support.Repository;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What docker-compose.yml puts into the containers' environment, and where the values come from. */
class ComposeEnvironmentTests {

    /** Names of variables that hold secrets. */
    static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|PASSWD|TOKEN|CREDENTIAL|_KEY).*");

    /** A required reference: ${NAME}, ${NAME?message} or ${NAME:?message}; no default value. */
    private static final Pattern REQUIRED_REFERENCE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(:?\\?[^}]*)?}");

    /** Credentials inside a URI: scheme://user:credential@host. */
    private static final Pattern URI_CREDENTIAL = Pattern.compile("://[^:/@\\s]+:([^@\\s]+)@");

    /** mongodb://user:${VAR...}@host:port/database?options */
    private static final Pattern MONGODB_URI = Pattern.compile(
            "mongodb://([^:]+):\\$\\{([A-Z_]+)[^}]*}@([^/]+)/([^?]+)\\?(.*)");

    private final ComposeFile compose = ComposeFile.load();
    private final EnvExample envExample = EnvExample.load();

    @Test
    void noSecretIsWrittenIntoTheComposeFile() {
        compose.services().values().forEach(service -> service.environment().forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertThat(value).as("%s of %s must come from .env", key, service.name()).matches(REQUIRED_REFERENCE);
            }
            Matcher credential = URI_CREDENTIAL.matcher(value == null ? "" : value);
            while (credential.find()) {
                assertThat(credential.group(1)).as("credential in %s of %s", key, service.name())
                        .matches(REQUIRED_REFERENCE);
            }
        }));
    }

    @Test
    void everySecretIsRequiredRatherThanDefaulted() {
        String text = Repository.read(ComposeFile.FILE);
        secretVariables().forEach(variable -> {
            Matcher reference = Pattern.compile("\\$\\{" + variable + "([^A-Za-z0-9_])").matcher(text);
            assertThat(reference.find()).as("%s is used", variable).isTrue();
            reference.reset();
            while (reference.find()) {
                assertThat(text.substring(reference.start(1))).as("reference to %s", variable).startsWith(":?");
            }
        });
    }

    @Test
    void envExampleDeclaresExactlyTheVariablesTheComposeFileUses() {
        assertThat(envExample.values().keySet()).containsExactlyInAnyOrderElementsOf(compose.variables());
    }

    @Test
    void envExampleHoldsPlaceholdersForEverySecret() {
        envExample.values().forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertThat(EnvExample.isPlaceholder(value)).as("%s=%s is a placeholder", key, value).isTrue();
            }
        });
        assertThat(secretVariables()).isNotEmpty();
    }

    @Test
    void theRealDotEnvIsNeitherCommittedNorSentToDockerBuilds() {
        assertThat(Repository.read(".gitignore").lines()).contains(".env");
        assertThat(Repository.read(".dockerignore").lines()).contains(".env");
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void everyVariableGivenToAProgramIsOneItReads(Program program) {
        compose.service(program.module()).environment().keySet().forEach(variable ->
                assertThat(ProgramConfiguration.reads(program, variable))
                        .as("%s reads %s (its configuration: %s)", program, variable, ProgramConfiguration.files(program))
                        .isTrue());
    }

    @ParameterizedTest
    @EnumSource(value = Program.class, names = "CONFIG_SERVER", mode = EnumSource.Mode.EXCLUDE)
    void programsStopRatherThanStartWithoutTheirConfiguration(Program program) {
        assertThat(compose.service(program.module()).environment())
                .containsEntry("CONFIG_SERVER_URL", "http://config-server:" + Program.CONFIG_SERVER.port())
                .containsEntry("SPRING_CLOUD_CONFIG_FAIL_FAST", "true");
    }

    @Test
    void keycloakGetsEveryPlaceholderOfTheRealm() {
        assertThat(compose.service("keycloak").environment().keySet()).containsAll(realmPlaceholders());
    }

    @Test
    void browserAndContainersShareOneIssuerUrl() {
        Map<String, String> keycloak = compose.service("keycloak").environment();
        String realm = YamlFiles.load("keycloak/arsberetning-realm.json").get("realm").text();
        String hostname = keycloak.get("KC_HOSTNAME");

        assertThat(hostname).isEqualTo("http://localhost:" + publishedPort("keycloak"));
        assertThat(keycloak).containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true")
                .containsEntry("GATEWAY_URL", "http://localhost:" + publishedPort("gateway"));
        for (Program program : Program.values()) {
            if (program == Program.CONFIG_SERVER) {
                continue;
            }
            Map<String, String> environment = compose.service(program.module()).environment();
            assertThat(environment).as(program.module())
                    .containsEntry("ISSUER_URI", hostname + "/realms/" + realm)
                    .containsEntry("KEYCLOAK_BACKCHANNEL_URI", "http://keycloak:8080/realms/" + realm);
        }
    }

    @Test
    void gatewayFindsEachServiceByItsComposeName() {
        Map<String, String> gateway = compose.service("gateway").environment();
        for (Program service : Program.services()) {
            String variable = service.module().replace("-service", "").replace('-', '_').toUpperCase() + "_SERVICE_URL";
            assertThat(gateway).containsEntry(variable, "http://" + service.module() + ":" + service.port());
        }
        assertThat(gateway.get("GATEWAY_CLIENT_SECRET"))
                .isEqualTo(compose.service("keycloak").environment().get("GATEWAY_CLIENT_SECRET"));
    }

    @ParameterizedTest
    @EnumSource(value = Program.class, names = {"FINANCE_SERVICE", "HR_SERVICE", "CLIMATE_SERVICE", "SERVICES_GOALS_SERVICE",
            "KEY_FIGURES_SERVICE"})
    void eachServiceUsesItsOwnDatabaseUserOnTheReplicaSet(Program service) {
        String variable = service.module().replace("-service", "").replace('-', '_').toUpperCase() + "_MONGODB_URI";
        String uri = compose.service(service.module()).environment().get(variable);
        assertThat(uri).as(variable).isNotNull();
        Matcher parts = MONGODB_URI.matcher(uri);
        assertThat(parts.matches()).as(uri).isTrue();

        String database = databaseOf(service);
        assertThat(parts.group(1)).as("user").isEqualTo(database);
        assertThat(parts.group(3)).isEqualTo("mongodb:27017");
        assertThat(parts.group(4)).as("database").isEqualTo(database);
        assertThat(parts.group(5)).contains("replicaSet=rs0");
        assertThat(mongoScriptUsers()).as("users the MongoDB init script creates").containsEntry(database, parts.group(2));
        assertThat(compose.service("mongodb").environment()).containsKey(parts.group(2));
    }

    @Test
    void theMongoDbInitScriptCreatesOneUserPerServiceAndNoMore() {
        assertThat(mongoScriptUsers().keySet()).containsExactlyInAnyOrderElementsOf(
                Program.services().stream().map(ComposeEnvironmentTests::databaseOf).toList());
    }

    static String databaseOf(Program service) {
        return YamlFiles.load(service.module() + "/src/main/resources/application.yml")
                .at("spring", "mongodb", "database").text();
    }

    /** database -> variable holding that user's credential, as docker/mongo/init-replica-and-users.sh lists them. */
    static Map<String, String> mongoScriptUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        Pattern entry = Pattern.compile("\\[\"([a-z-]+)\", \"([A-Z_]+)\"]");
        entry.matcher(Repository.read("docker/mongo/init-replica-and-users.sh")).results()
                .forEach(m -> users.put(m.group(1), m.group(2)));
        return users;
    }

    static Set<String> realmPlaceholders() {
        Set<String> placeholders = new TreeSet<>();
        Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(Repository.read("keycloak/arsberetning-realm.json"))
                .results().forEach(m -> placeholders.add(m.group(1)));
        return placeholders;
    }

    private Set<String> secretVariables() {
        Set<String> secrets = new TreeSet<>();
        envExample.values().forEach((key, value) -> {
            if (EnvExample.isPlaceholder(value)) {
                secrets.add(key);
            }
        });
        return secrets;
    }

    private String publishedPort(String service) {
        String mapping = compose.service(service).ports().get(0);
        return mapping.split(":")[1];
    }
}
