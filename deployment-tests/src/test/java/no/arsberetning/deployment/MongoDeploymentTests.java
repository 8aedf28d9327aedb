package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.Program;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** MongoDB on Kubernetes: the operator's replica set, one user per service, the services' connection strings. */
class MongoDeploymentTests {

    private final Manifests manifests = Manifests.load();
    private final Node mongodb = manifests.ofKind("MongoDBCommunity").get(0).node();

    @Test
    void isAReplicaSetWithAnOddNumberOfMembersAndScramAuthentication() {
        int members = Integer.parseInt(mongodb.at("spec", "members").text());
        assertThat(mongodb.at("spec", "type").text()).isEqualTo("ReplicaSet");
        assertThat(members).isGreaterThanOrEqualTo(3).isOdd();
        assertThat(mongodb.at("spec", "security", "authentication", "modes").texts()).contains("SCRAM");
    }

    @Test
    void runsTheMongoDbVersionOfTheComposeFile() {
        String image = ComposeFile.load().service("mongodb").image();
        assertThat(mongodb.at("spec", "version").text()).isEqualTo(image.substring(image.indexOf(':') + 1));
    }

    @ParameterizedTest
    @EnumSource(value = Program.class, names = {"FINANCE_SERVICE", "HR_SERVICE", "CLIMATE_SERVICE", "SERVICES_GOALS_SERVICE",
            "KEY_FIGURES_SERVICE"})
    void eachServiceHasAUserThatMayWriteItsOwnDatabaseOnly(Program service) {
        String database = ComposeEnvironmentTests.databaseOf(service);
        Node user = user(database);

        assertThat(user.get("db").text()).isEqualTo(database);
        assertThat(user.get("roles").items()).singleElement().satisfies(role -> {
            assertThat(role.get("name").text()).isEqualTo("readWrite");
            assertThat(role.get("db").text()).isEqualTo(database);
        });
        assertThat(user.at("passwordSecretRef", "name").text()).isNotBlank();
        users().stream().filter(other -> !other.equals(user)).forEach(other -> assertThat(other.get("roles").items())
                .as("%s has no role on %s", other.get("name").text(), database)
                .noneMatch(role -> database.equals(role.get("db").text())));
    }

    @ParameterizedTest
    @EnumSource(value = Program.class, names = {"FINANCE_SERVICE", "HR_SERVICE", "CLIMATE_SERVICE", "SERVICES_GOALS_SERVICE",
            "KEY_FIGURES_SERVICE"})
    void eachServiceReadsTheConnectionStringTheOperatorWritesForItsUser(Program service) {
        String variable = service.module().replace("-service", "").replace('-', '_').toUpperCase() + "_MONGODB_URI";
        Node env = manifests.get("Deployment", service.module()).node().at("spec", "template", "spec", "containers")
                .items().get(0).get("env").items().stream()
                .filter(e -> variable.equals(e.get("name").text())).findFirst()
                .orElseThrow(() -> new AssertionError(service + " gets no " + variable));
        Node secretRef = env.at("valueFrom", "secretKeyRef");

        assertThat(secretRef.get("name").text()).isEqualTo(user(ComposeEnvironmentTests.databaseOf(service))
                .get("connectionStringSecretName").text());
        assertThat(secretRef.get("key").text()).isEqualTo("connectionString.standard");
    }

    @Test
    void noUserHasMoreThanItNeeds() {
        users().forEach(user -> assertThat(user.get("roles").items()).as(user.get("name").text())
                .noneMatch(role -> List.of("root", "dbOwner", "userAdminAnyDatabase", "readWriteAnyDatabase",
                        "dbAdminAnyDatabase", "clusterAdmin").contains(role.get("name").text())));
    }

    private List<Node> users() {
        return mongodb.at("spec", "users").items();
    }

    private Node user(String name) {
        return users().stream().filter(u -> name.equals(u.get("name").text())).findFirst()
                .orElseThrow(() -> new AssertionError("MongoDBCommunity has no user " + name));
    }
}
