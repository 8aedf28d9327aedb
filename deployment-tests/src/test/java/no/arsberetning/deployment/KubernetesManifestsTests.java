package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import no.arsberetning.deployment.support.ComposeFile;
import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Manifests.Manifest;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.Program;
import no.arsberetning.deployment.support.Repository;
import no.arsberetning.deployment.support.YamlFiles;

import org.junit.jupiter.api.Test;

/** deploy/ as a whole: parseable, complete, kustomize-ready, operators instead of home-made databases. */
class KubernetesManifestsTests {

    private final Manifests manifests = Manifests.load();

    @Test
    void everyObjectHasAnApiVersionKindAndName() {
        assertThat(manifests.all()).hasSizeGreaterThan(20);
        manifests.all().forEach(manifest -> {
            assertThat(manifest.apiVersion()).as("%s", manifest.file()).isNotBlank();
            assertThat(manifest.kind()).as("%s", manifest.file()).isNotBlank();
            assertThat(manifest.name()).as("%s", manifest.file()).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
        });
    }

    @Test
    void noTwoObjectsShareKindAndName() {
        Set<String> seen = new TreeSet<>();
        manifests.all().forEach(m -> assertThat(seen.add(m.kind() + "/" + m.name())).as("duplicate %s", m).isTrue());
    }

    @Test
    void kustomizationListsEveryManifestFileIntoTheNamespace() {
        Node kustomization = YamlFiles.load(Manifests.DIRECTORY + "/" + Manifests.KUSTOMIZATION);
        Path directory = Repository.path(Manifests.DIRECTORY);

        assertThat(kustomization.get("kind").text()).isEqualTo("Kustomization");
        assertThat(kustomization.get("resources").texts()).containsExactlyInAnyOrderElementsOf(
                Manifests.files().stream().map(f -> directory.relativize(f).toString().replace('\\', '/')).toList());
        String namespace = kustomization.get("namespace").text();
        assertThat(manifests.get("Namespace", namespace)).isNotNull();
        manifests.all().forEach(m -> assertThat(m.node().at("metadata", "namespace").isMissing())
                .as("%s leaves the namespace to kustomization.yaml", m).isTrue());
    }

    @Test
    void noSecretIsCommitted() {
        assertThat(manifests.ofKind("Secret")).as("Secrets are created in the cluster, never committed").isEmpty();
    }

    @Test
    void mongoDbAndKeycloakRunThroughTheirOperatorsNotHomeMadeStatefulSets() {
        assertThat(manifests.ofKind("StatefulSet")).as("only Redis, the gateway's session store, is a plain StatefulSet")
                .singleElement().extracting(Manifest::name).isEqualTo("redis");
        assertThat(manifests.ofKind("MongoDBCommunity")).singleElement()
                .extracting(Manifest::apiVersion).isEqualTo("mongodbcommunity.mongodb.com/v1");
        assertThat(manifests.ofKind("Keycloak")).singleElement()
                .extracting(Manifest::apiVersion).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(manifests.ofKind("KeycloakRealmImport")).singleElement()
                .extracting(Manifest::apiVersion).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(manifests.ofKind("Cluster")).singleElement()
                .extracting(Manifest::apiVersion).isEqualTo("postgresql.cnpg.io/v1");
        manifests.ofKind("Deployment").forEach(deployment -> assertThat(containerImage(deployment))
                .as("%s", deployment).doesNotContain("mongo", "keycloak", "postgres"));
    }

    @Test
    void theGatewayPodsShareTheirSessionsThroughRedisSoTheIngressHasNoAffinity() {
        Manifest redis = manifests.ofKind("StatefulSet").get(0);
        Node container = redis.node().at("spec", "template", "spec", "containers").items().get(0);
        assertThat(container.get("image").text()).matches("redis:\\d+\\.\\d+\\.\\d+");
        assertThat(container.get("args").texts()).contains("--requirepass", "$(REDIS_PASSWORD)", "--appendonly");
        assertThat(redis.node().at("spec", "volumeClaimTemplates").items()).isNotEmpty();
        assertThat(manifests.ofKind("Ingress")).singleElement().satisfies(ingress -> assertThat(
                ingress.node().at("metadata", "annotations").entries().keySet()).noneMatch(name -> name.contains("affinity")));
        Manifest gateway = manifests.ofKind("Deployment").stream().filter(d -> d.name().equals("gateway")).findFirst().orElseThrow();
        String env = gateway.node().at("spec", "template", "spec", "containers").items().get(0).get("env").raw().toString();
        assertThat(env).contains("REDIS_HOST", "redis-auth");
    }

    @Test
    void theDeploymentsAreTheProgramsOnTheImagesComposeBuilds() {
        ComposeFile compose = ComposeFile.load();
        assertThat(manifests.ofKind("Deployment").stream().map(Manifest::name))
                .containsExactlyInAnyOrderElementsOf(Program.modules());
        for (Program program : Program.values()) {
            assertThat(containerImage(manifests.get("Deployment", program.module())))
                    .isEqualTo(compose.service(program.module()).image());
        }
    }

    @Test
    void everySecretTheManifestsNameIsDocumented() {
        String documentation = Repository.read("docs/deployment.md");
        Set<String> secrets = referencedSecrets();

        assertThat(secrets).contains("keycloak-clients", "keycloak-demo-users", "keycloak-bootstrap-admin",
                "mongodb-finance-password", "finance-mongodb", "arsberetning-tls");
        secrets.forEach(secret -> assertThat(documentation).as("docs/deployment.md explains the Secret %s", secret)
                .contains("`" + secret + "`"));
    }

    private Set<String> referencedSecrets() {
        Set<String> names = new TreeSet<>();
        manifests.all().forEach(manifest -> collectSecretNames(manifest.kind().equals("KeycloakRealmImport")
                ? manifest.node().at("spec", "placeholders") // spec.realm has the realm's own "secret" fields
                : manifest.node(), names));
        return names;
    }

    /** Names in secretKeyRef, *Secret, secret and passwordSecretRef objects, *SecretName and secret fields. */
    private static void collectSecretNames(Node node, Set<String> names) {
        node.entries().forEach((key, value) -> {
            if (key.equals("secretName") || key.endsWith("SecretName") || (key.equals("secret") && !value.isMap())) {
                names.add(value.text());
            }
            else if ((key.equals("secretKeyRef") || key.endsWith("Secret") || key.equals("secret")
                    || key.equals("passwordSecretRef")) && value.isMap() && !value.get("name").isMissing()) {
                names.add(value.get("name").text());
            }
            collectSecretNames(value, names);
        });
        node.items().forEach(item -> collectSecretNames(item, names));
    }

    static String containerImage(Manifest deployment) {
        return deployment.node().at("spec", "template", "spec", "containers").items().get(0).get("image").text();
    }
}
