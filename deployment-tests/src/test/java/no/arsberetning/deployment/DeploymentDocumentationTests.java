package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import no.arsberetning.deployment.support.EnvExample;
import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;

/** docs/deployment.md covers what running the platform beyond ./platform needs. */
class DeploymentDocumentationTests {

    private final String guide = Repository.read("docs/deployment.md");

    @Test
    void describesTheThreeWaysToRunThePlatform() {
        assertThat(guide).contains("./platform up", "docker compose up", "kubectl apply -k deploy");
    }

    @Test
    void explainsTheOneIssuerUrl() {
        assertThat(guide).contains("KC_HOSTNAME", "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "ISSUER_URI", "KEYCLOAK_BACKCHANNEL_URI");
    }

    @Test
    void coversSizingBackupRealmManagementAndUpgrades() {
        assertThat(guide).contains("mongodump", "mongorestore", "MaxRAMPercentage", "--import-realm", "kc.sh export");
        assertThat(guide).containsIgnoringCase("upgrad").containsIgnoringCase("rotat").containsIgnoringCase("sizing");
    }

    @Test
    void namesEveryVariableOfEnvExample() {
        EnvExample.load().values().keySet()
                .forEach(variable -> assertThat(guide).as(variable).contains(variable));
    }
}
