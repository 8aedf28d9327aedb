package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Manifests.Manifest;
import no.arsberetning.deployment.support.NetworkPolicies;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.Pod;
import no.arsberetning.deployment.support.Program;

import org.junit.jupiter.api.Test;

/**
 * The NetworkPolicies of deploy/, evaluated for the platform's pods: the programs' pods with the labels
 * of their Deployments, and the operator-managed pods with the labels their operators give them.
 */
class NetworkPolicyTests {

    private static final String NAMESPACE = "arsberetning";

    private final Manifests manifests = Manifests.load();
    private final NetworkPolicies policies = new NetworkPolicies(NAMESPACE,
            manifests.ofKind("NetworkPolicy").stream().map(Manifest::node).toList());

    private final Pod ingressController = Pod.in("ingress-nginx", "the ingress controller",
            Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private final Pod otherNamespace = Pod.in("somewhere-else", "a pod of another namespace", Map.of("app", "x"));
    private final Pod unlabelled = Pod.in(NAMESPACE, "an unlabelled pod in the namespace", Map.of());
    private final Pod cnpgOperator = Pod.in("cnpg-system", "the CloudNativePG operator",
            Map.of("app.kubernetes.io/name", "cloudnative-pg"));

    private final Pod keycloak = Pod.in(NAMESPACE, "keycloak", Map.of("app", "keycloak",
            "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", keycloakName()));
    private final Pod realmImportJob = Pod.in(NAMESPACE, "the realm import job", Map.of("app", "keycloak-realm-import",
            "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", keycloakName()));
    private final Pod mongodb = Pod.in(NAMESPACE, "mongodb",
            Map.of("app", manifests.ofKind("MongoDBCommunity").get(0).name() + "-svc"));
    private final Pod keycloakDatabase = Pod.in(NAMESPACE, "keycloak's database",
            Map.of("cnpg.io/cluster", manifests.ofKind("Cluster").get(0).name()));

    @Test
    void aDefaultDenySelectsEveryPod() {
        assertThat(manifests.ofKind("NetworkPolicy")).anySatisfy(policy -> {
            Node spec = policy.node().get("spec");
            assertThat(spec.get("podSelector").entries()).isEmpty();
            assertThat(spec.get("podSelector").isMap()).isTrue();
            assertThat(spec.get("policyTypes").texts()).contains("Ingress");
            assertThat(spec.get("ingress").items()).isEmpty();
        });
        assertThat(policies.allows(unlabelled, program(Program.FINANCE_SERVICE), 8081)).isFalse();
    }

    @Test
    void fromTheIngressControllerOnlyTheGatewayAndKeycloakAreReachable() {
        assertThat(policies.allows(ingressController, program(Program.GATEWAY), Program.GATEWAY.port())).isTrue();
        assertThat(policies.allows(ingressController, keycloak, 8080)).isTrue();

        Map<Pod, List<Integer>> reachable = reachableFrom(ingressController);
        assertThat(reachable).containsOnlyKeys(program(Program.GATEWAY), keycloak);
        assertThat(reachable.get(program(Program.GATEWAY))).containsExactly(Program.GATEWAY.port());
        assertThat(reachable.get(keycloak)).as("not the management port 9000").containsExactly(8080);
    }

    @Test
    void otherNamespacesReachNothingButTheDatabaseOperatorItsInstances() {
        assertThat(reachableFrom(otherNamespace)).isEmpty();
        assertThat(reachableFrom(cnpgOperator)).containsOnlyKeys(keycloakDatabase);
        assertThat(reachableFrom(cnpgOperator).get(keycloakDatabase)).containsExactly(8000);
    }

    @Test
    void theGatewayReachesEachServiceButNoDatabase() {
        Pod gateway = program(Program.GATEWAY);
        for (Program service : Program.services()) {
            assertThat(policies.allows(gateway, program(service), service.port())).as("gateway -> %s", service).isTrue();
        }
        assertThat(policies.allows(gateway, mongodb, 27017)).isFalse();
        assertThat(policies.allows(gateway, keycloakDatabase, 5432)).isFalse();
    }

    @Test
    void servicesDoNotCallEachOther() {
        for (Program from : Program.services()) {
            for (Program to : Program.services()) {
                if (from != to) {
                    assertThat(policies.allows(program(from), program(to), to.port())).as("%s -> %s", from, to).isFalse();
                }
            }
        }
    }

    @Test
    void everyProgramReachesTheConfigServerAndNothingElseDoes() {
        for (Program program : Program.values()) {
            if (program != Program.CONFIG_SERVER) {
                assertThat(policies.allows(program(program), program(Program.CONFIG_SERVER), 8888)).as("%s", program).isTrue();
            }
        }
        assertThat(policies.allows(unlabelled, program(Program.CONFIG_SERVER), 8888)).isFalse();
        assertThat(policies.allows(ingressController, program(Program.CONFIG_SERVER), 8888)).isFalse();
    }

    @Test
    void onlyTheServicesReachMongoDb() {
        for (Program program : Program.values()) {
            assertThat(policies.allows(program(program), mongodb, 27017)).as("%s -> mongodb", program)
                    .isEqualTo(program.isService());
        }
        assertThat(policies.allows(mongodb, mongodb, 27017)).as("replication").isTrue();
        Pod backup = Pod.in(NAMESPACE, "a backup pod", Map.of("app.kubernetes.io/part-of", "arsberetning",
                "app.kubernetes.io/component", "backup"));
        assertThat(policies.allows(backup, mongodb, 27017)).as("mongodump").isTrue();
        assertThat(policies.allows(unlabelled, mongodb, 27017)).isFalse();
        assertThat(policies.allows(keycloak, mongodb, 27017)).isFalse();
    }

    @Test
    void programsReachKeycloakInsideTheClusterAndKeycloakReachesItsDatabase() {
        for (Program program : Program.values()) {
            if (program != Program.CONFIG_SERVER) {
                assertThat(policies.allows(program(program), keycloak, 8080)).as("%s -> keycloak", program).isTrue();
            }
        }
        assertThat(policies.allows(keycloak, keycloak, 7800)).as("Keycloak's cache cluster").isTrue();
        assertThat(policies.allows(keycloak, keycloakDatabase, 5432)).isTrue();
        assertThat(policies.allows(realmImportJob, keycloakDatabase, 5432)).isTrue();
        assertThat(policies.allows(program(Program.GATEWAY), keycloakDatabase, 5432)).isFalse();
    }

    @Test
    void prometheusInItsNamespaceReachesEveryProgramOnItsPortAndNothingElse() {
        Pod prometheus = Pod.in("monitoring", "prometheus", Map.of("app.kubernetes.io/name", "prometheus"));
        Pod otherMonitoringPod = Pod.in("monitoring", "another pod of the monitoring namespace",
                Map.of("app.kubernetes.io/name", "grafana"));

        Map<Pod, List<Integer>> expected = new LinkedHashMap<>();
        for (Program program : Program.values()) {
            expected.put(program(program), List.of(program.port()));
        }
        assertThat(reachableFrom(prometheus)).isEqualTo(expected);
        assertThat(reachableFrom(otherMonitoringPod)).isEmpty();
    }

    @Test
    void rulesNameTheirPortsAndTheirSources() {
        manifests.ofKind("NetworkPolicy").forEach(policy -> policy.node().at("spec", "ingress").items().forEach(rule -> {
            assertThat(rule.get("from").items()).as("%s: a rule without sources admits everyone", policy).isNotEmpty();
            assertThat(rule.get("ports").items()).as("%s: a rule without ports admits every port", policy).isNotEmpty();
        }));
    }

    /** Every pod of the platform and the ports it listens on, for exhaustive checks. */
    private Map<Pod, List<Integer>> targets() {
        Map<Pod, List<Integer>> targets = new LinkedHashMap<>();
        for (Program program : Program.values()) {
            targets.put(program(program), List.of(program.port()));
        }
        targets.put(keycloak, List.of(8080, 9000, 7800, 57800));
        targets.put(mongodb, List.of(27017));
        targets.put(keycloakDatabase, List.of(5432, 8000));
        return targets;
    }

    private Map<Pod, List<Integer>> reachableFrom(Pod source) {
        Map<Pod, List<Integer>> reachable = new LinkedHashMap<>();
        targets().forEach((target, ports) -> {
            List<Integer> open = new ArrayList<>();
            ports.stream().filter(port -> policies.allows(source, target, port)).forEach(open::add);
            if (!open.isEmpty()) {
                reachable.put(target, open);
            }
        });
        return reachable;
    }

    private Pod program(Program program) {
        Node labels = manifests.get("Deployment", program.module()).node().at("spec", "template", "metadata", "labels");
        return Pod.in(NAMESPACE, program.module(), labels.stringMap());
    }

    private String keycloakName() {
        return manifests.ofKind("Keycloak").get(0).name();
    }
}
