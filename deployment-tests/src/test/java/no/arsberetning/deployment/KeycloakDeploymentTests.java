package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.api.Test;

/** Keycloak on Kubernetes: the operator's resources, the realm, and the one issuer URL. */
class KeycloakDeploymentTests {

    private static final String REGENERATE = "refresh it: sed -i '/^  realm:$/q' deploy/keycloak/realm-import.yaml"
            + " && sed 's/^/    /' keycloak/arsberetning-realm.json >> deploy/keycloak/realm-import.yaml";

    private final Manifests manifests = Manifests.load();
    private final Node keycloak = manifests.ofKind("Keycloak").get(0).node();
    private final Node realmImport = manifests.ofKind("KeycloakRealmImport").get(0).node();
    private final Node realm = YamlFiles.load("keycloak/arsberetning-realm.json");

    @Test
    void realmImportCarriesTheRepositorysRealmUnchanged() {
        assertThat(realmImport.at("spec", "keycloakCRName").text()).isEqualTo(keycloak.at("metadata", "name").text());
        assertThat(realmImport.at("spec", "realm").raw()).as("deploy/keycloak/realm-import.yaml is stale; " + REGENERATE)
                .isEqualTo(realm.raw());
        assertThat(realmImport.at("spec", "realm", "realm").text()).isEqualTo("arsberetning");
    }

    @Test
    void everyPlaceholderOfTheRealmIsFilledFromASecret() {
        Map<String, Node> placeholders = realmImport.at("spec", "placeholders").entries();

        assertThat(placeholders.keySet()).containsExactlyInAnyOrderElementsOf(ComposeEnvironmentTests.realmPlaceholders());
        placeholders.forEach((name, placeholder) -> {
            assertThat(placeholder.at("secret", "name").text()).as(name).isNotBlank();
            assertThat(placeholder.at("secret", "key").text()).as(name).isNotBlank();
        });
    }

    @Test
    void runsTheSameKeycloakAsComposeAndTheLocalPlatform() {
        assertThat(keycloak.at("spec", "image").text()).isEqualTo(ComposeFile.load().service("keycloak").image())
                .endsWith(":" + ComposeServicesTests.keycloakVersionOfTheBuild());
    }

    @Test
    void theIssuerIsTheBrowsersUrlAndTheProgramsUseTheBackchannel() {
        Map<String, String> settings = manifests.get("ConfigMap", "arsberetning-settings").node().get("data").stringMap();
        String hostname = keycloak.at("spec", "hostname", "hostname").text();
        String realmName = realm.get("realm").text();
        String service = keycloak.at("metadata", "name").text() + "-service";

        assertThat(hostname).startsWith("https://");
        assertThat(settings).containsEntry("ISSUER_URI", hostname + "/realms/" + realmName)
                .containsEntry("KEYCLOAK_BACKCHANNEL_URI", "http://" + service + ":8080/realms/" + realmName);
        assertThat(keycloak.at("spec", "hostname", "backchannelDynamic").text()).isEqualTo("true");
        assertThat(keycloak.at("spec", "proxy", "headers").text()).isEqualTo("xforwarded");
    }

    @Test
    void theIngressExposesKeycloaksPublicPathsOnItsHostnameButNotTheAdminConsole() {
        String host = keycloak.at("spec", "hostname", "hostname").text().replace("https://", "");
        String service = keycloak.at("metadata", "name").text() + "-service";
        Node rule = manifests.ofKind("Ingress").get(0).node().at("spec", "rules").items().stream()
                .filter(r -> host.equals(r.get("host").text())).findFirst()
                .orElseThrow(() -> new AssertionError("the Ingress has no rule for " + host));
        List<Node> paths = rule.at("http", "paths").items();

        assertThat(paths.stream().map(p -> p.get("path").text())).containsExactlyInAnyOrder("/realms", "/resources");
        paths.forEach(path -> {
            assertThat(path.at("backend", "service", "name").text()).isEqualTo(service);
            assertThat(path.at("backend", "service", "port", "number").text()).isEqualTo("8080");
        });
        assertThat(keycloak.at("spec", "ingress", "enabled").text()).as("the operator's own ingress is off").isEqualTo("false");
    }

    @Test
    void keepsItsDataInAPostgreSqlClusterOfCloudNativePg() {
        Node cluster = manifests.ofKind("Cluster").get(0).node();
        String name = cluster.at("metadata", "name").text();

        assertThat(keycloak.at("spec", "db", "vendor").text()).isEqualTo("postgres");
        assertThat(keycloak.at("spec", "db", "host").text()).isEqualTo(name + "-rw");
        assertThat(keycloak.at("spec", "db", "database").text()).isEqualTo(cluster.at("spec", "bootstrap", "initdb", "database").text());
        assertThat(keycloak.at("spec", "db", "usernameSecret", "name").text()).isEqualTo(name + "-app");
        assertThat(keycloak.at("spec", "db", "passwordSecret", "name").text()).isEqualTo(name + "-app");
    }
}
