package no.arsberetning.deployment.support;

import java.util.List;

/**
 * Evaluates ingress NetworkPolicies the way Kubernetes does: a pod selected by any policy with an
 * Ingress type accepts only what one of those policies' rules allows (rules of all selecting policies
 * add up); a pod selected by none accepts everything.
 */
public final class NetworkPolicies {

    private final String namespace;
    private final List<Node> policies;

    public NetworkPolicies(String namespace, List<Node> policies) {
        this.namespace = namespace;
        this.policies = policies;
    }

    public boolean allows(Pod source, Pod target, int port) {
        if (!target.namespace().equals(namespace)) {
            throw new IllegalArgumentException("only pods in " + namespace + " are governed by these policies");
        }
        List<Node> selecting = policies.stream()
                .filter(p -> isIngressPolicy(p) && LabelSelector.matches(p.at("spec", "podSelector"), target.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(policy -> policy.at("spec", "ingress").items().stream())
                .anyMatch(rule -> admitsSource(rule, source) && admitsPort(rule, port));
    }

    private static boolean isIngressPolicy(Node policy) {
        Node types = policy.at("spec", "policyTypes");
        return types.isMissing() ? true : types.texts().contains("Ingress");
    }

    private boolean admitsSource(Node rule, Pod source) {
        Node from = rule.get("from");
        if (from.isMissing() || from.items().isEmpty()) {
            return true;
        }
        return from.items().stream().anyMatch(peer -> peerMatches(peer, source));
    }

    private boolean peerMatches(Node peer, Pod source) {
        if (!peer.get("ipBlock").isMissing()) {
            throw new IllegalArgumentException("ipBlock peers are not evaluated: " + peer);
        }
        Node namespaceSelector = peer.get("namespaceSelector");
        Node podSelector = peer.get("podSelector");
        boolean namespaceMatches = namespaceSelector.isMissing()
                ? source.namespace().equals(namespace)
                : LabelSelector.matches(namespaceSelector, source.namespaceLabels());
        boolean podMatches = podSelector.isMissing() || LabelSelector.matches(podSelector, source.labels());
        return namespaceMatches && podMatches;
    }

    private static boolean admitsPort(Node rule, int port) {
        Node ports = rule.get("ports");
        if (ports.isMissing() || ports.items().isEmpty()) {
            return true;
        }
        return ports.items().stream().anyMatch(p -> portMatches(p, port));
    }

    private static boolean portMatches(Node spec, int port) {
        String protocol = spec.get("protocol").isMissing() ? "TCP" : spec.get("protocol").text();
        if (!protocol.equals("TCP")) {
            return false;
        }
        Node number = spec.get("port");
        if (number.isMissing()) {
            return true;
        }
        if (!number.text().matches("\\d+")) {
            throw new IllegalArgumentException("named ports are not evaluated: " + spec);
        }
        int from = Integer.parseInt(number.text());
        int to = spec.get("endPort").isMissing() ? from : Integer.parseInt(spec.get("endPort").text());
        return port >= from && port <= to;
    }
}
