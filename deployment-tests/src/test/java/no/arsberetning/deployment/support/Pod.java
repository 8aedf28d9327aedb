package no.arsberetning.deployment.support;

import java.util.Map;

/** A pod as NetworkPolicies see it: its namespace (with that namespace's labels) and its own labels. */
public record Pod(String description, String namespace, Map<String, String> namespaceLabels,
        Map<String, String> labels) {

    public static Pod in(String namespace, String description, Map<String, String> labels) {
        return new Pod(description, namespace, Map.of("kubernetes.io/metadata.name", namespace), labels);
    }

    @Override
    public String toString() {
        return description;
    }
}
