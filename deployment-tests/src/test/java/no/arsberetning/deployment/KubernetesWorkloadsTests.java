package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import no.arsberetning.deployment.support.LabelSelector;
import no.arsberetning.deployment.support.Manifests;
import no.arsberetning.deployment.support.Manifests.Manifest;
import no.arsberetning.deployment.support.Node;
import no.arsberetning.deployment.support.Program;
import no.arsberetning.deployment.support.ProgramConfiguration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each program's Deployment, Service, autoscaler and disruption budget in deploy/programs/. */
class KubernetesWorkloadsTests {

    private final Manifests manifests = Manifests.load();

    @ParameterizedTest
    @EnumSource(Program.class)
    void probesAskActuatorOnTheProgramsPort(Program program) {
        Node container = container(program);

        assertThat(probe(container, "readinessProbe", program)).isEqualTo("/actuator/health/readiness");
        assertThat(probe(container, "livenessProbe", program)).isEqualTo("/actuator/health/liveness");
        assertThat(probe(container, "startupProbe", program)).isEqualTo("/actuator/health/liveness");
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void podsInvitePrometheusToScrapeTheirMetricsOnTheProgramsPort(Program program) {
        Map<String, String> annotations = manifests.get("Deployment", program.module()).node()
                .at("spec", "template", "metadata", "annotations").stringMap();

        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/actuator/prometheus");
        assertThat(containerPort(container(program), annotations.get("prometheus.io/port"))).isEqualTo(program.port());
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void requestsAndLimitsResourcesAndSizesTheHeapFromTheLimit(Program program) {
        Node resources = container(program).get("resources");

        for (String bound : new String[] {"requests", "limits"}) {
            assertThat(resources.at(bound, "cpu").text()).as("%s %s.cpu", program, bound).isNotBlank();
            assertThat(resources.at(bound, "memory").text()).as("%s %s.memory", program, bound).isNotBlank();
        }
        assertThat(manifests.environment(program.module()).get("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void runsAsNonRootOnAReadOnlyFileSystemWithAWritableTmp(Program program) {
        Node pod = podSpec(program);
        Node container = container(program);

        assertThat(pod.at("securityContext", "runAsNonRoot").text()).isEqualTo("true");
        assertThat(Integer.parseInt(pod.at("securityContext", "runAsUser").text())).isPositive();
        assertThat(container.at("securityContext", "readOnlyRootFilesystem").text()).isEqualTo("true");
        assertThat(container.at("securityContext", "allowPrivilegeEscalation").text()).isEqualTo("false");
        assertThat(container.at("securityContext", "capabilities", "drop").texts()).contains("ALL");
        String tmpVolume = container.get("volumeMounts").items().stream()
                .filter(m -> "/tmp".equals(m.get("mountPath").text())).map(m -> m.get("name").text())
                .findFirst().orElseThrow(() -> new AssertionError(program + " mounts nothing at /tmp"));
        assertThat(pod.get("volumes").items()).anySatisfy(volume -> {
            assertThat(volume.get("name").text()).isEqualTo(tmpVolume);
            assertThat(volume.get("emptyDir").isMissing()).isFalse();
        });
        assertThat(pod.get("automountServiceAccountToken").text()).isEqualTo("false");
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void podsCarryTheLabelsTheNetworkPoliciesSelect(Program program) {
        Node deployment = manifests.get("Deployment", program.module()).node();
        Map<String, String> labels = deployment.at("spec", "template", "metadata", "labels").stringMap();

        assertThat(labels).containsEntry("app.kubernetes.io/name", program.module())
                .containsEntry("app.kubernetes.io/part-of", "arsberetning")
                .containsEntry("app.kubernetes.io/component", program.role().label());
        assertThat(LabelSelector.matches(deployment.at("spec", "selector"), labels)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void serviceExposesTheProgramUnderItsNameAndPort(Program program) {
        Node service = manifests.get("Service", program.module()).node();
        Node port = service.at("spec", "ports").items().get(0);
        Map<String, String> podLabels = manifests.get("Deployment", program.module()).node()
                .at("spec", "template", "metadata", "labels").stringMap();

        assertThat(port.get("port").text()).isEqualTo(String.valueOf(program.port()));
        assertThat(containerPort(container(program), port.get("targetPort").text())).isEqualTo(program.port());
        assertThat(LabelSelector.matches(Node.of(Map.of("matchLabels", service.at("spec", "selector").raw())), podLabels))
                .as("the Service selects the program's pods").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void servicesAndGatewayScaleHorizontallyTheConfigServerRunsTwice(Program program) {
        Node deployment = manifests.get("Deployment", program.module()).node();
        if (program == Program.CONFIG_SERVER) {
            assertThat(Integer.parseInt(deployment.at("spec", "replicas").text())).isGreaterThanOrEqualTo(2);
            return;
        }
        Manifest hpa = manifests.get("HorizontalPodAutoscaler", program.module());
        Node spec = hpa.node().get("spec");

        assertThat(hpa.apiVersion()).isEqualTo("autoscaling/v2");
        assertThat(spec.at("scaleTargetRef", "kind").text()).isEqualTo("Deployment");
        assertThat(spec.at("scaleTargetRef", "name").text()).isEqualTo(program.module());
        assertThat(Integer.parseInt(spec.get("minReplicas").text())).isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(spec.get("maxReplicas").text()))
                .isGreaterThan(Integer.parseInt(spec.get("minReplicas").text()));
        assertThat(spec.get("metrics").items()).isNotEmpty();
        assertThat(deployment.at("spec", "replicas").isMissing()).as("the autoscaler owns the replica count").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void aDisruptionBudgetKeepsOnePodThroughNodeDrains(Program program) {
        Node budget = manifests.get("PodDisruptionBudget", program.module()).node();
        Map<String, String> podLabels = manifests.get("Deployment", program.module()).node()
                .at("spec", "template", "metadata", "labels").stringMap();

        assertThat(budget.at("spec", "minAvailable").text()).isEqualTo("1");
        assertThat(LabelSelector.matches(budget.at("spec", "selector"), podLabels)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void everyVariableGivenToAProgramIsOneItReads(Program program) {
        manifests.environment(program.module()).keySet().forEach(variable -> assertThat(ProgramConfiguration.reads(program, variable))
                .as("%s reads %s", program, variable).isTrue());
    }

    @ParameterizedTest
    @EnumSource(value = Program.class, names = "CONFIG_SERVER", mode = EnumSource.Mode.EXCLUDE)
    void everyProgramButTheConfigServerFindsTheConfigServerAndKeycloak(Program program) {
        assertThat(manifests.environment(program.module()).keySet())
                .contains("CONFIG_SERVER_URL", "ISSUER_URI", "KEYCLOAK_BACKCHANNEL_URI", "JAVA_TOOL_OPTIONS");
        assertThat(manifests.environment(program.module())).as("no start on built-in defaults without the config server")
                .containsEntry("SPRING_CLOUD_CONFIG_FAIL_FAST", "true");
    }

    private String probe(Node container, String kind, Program program) {
        Node httpGet = container.at(kind, "httpGet");
        assertThat(httpGet.isMissing()).as("%s has an HTTP %s", program, kind).isFalse();
        assertThat(containerPort(container, httpGet.get("port").text())).as("%s port", kind).isEqualTo(program.port());
        return httpGet.get("path").text();
    }

    private static int containerPort(Node container, String port) {
        if (port.matches("\\d+")) {
            return Integer.parseInt(port);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Node candidate : container.get("ports").items()) {
            names.add(candidate.get("name").text());
            if (port.equals(candidate.get("name").text())) {
                return Integer.parseInt(candidate.get("containerPort").text());
            }
        }
        throw new AssertionError("no container port named " + port + " among " + names);
    }

    private Node podSpec(Program program) {
        return manifests.get("Deployment", program.module()).node().at("spec", "template", "spec");
    }

    private Node container(Program program) {
        return podSpec(program).get("containers").items().get(0);
    }
}
