package no.arsberetning.deployment.support;

import java.util.List;
import java.util.Map;

/** Kubernetes label selector semantics: matchLabels and matchExpressions, all of which must hold. */
public final class LabelSelector {

    private LabelSelector() {
    }

    /** An empty selector ({}) selects everything; a missing one nothing. */
    public static boolean matches(Node selector, Map<String, String> labels) {
        if (selector.isMissing()) {
            return false;
        }
        boolean labelsMatch = selector.get("matchLabels").stringMap().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        boolean expressionsMatch = selector.get("matchExpressions").items().stream()
                .allMatch(expression -> matchesExpression(expression, labels));
        return labelsMatch && expressionsMatch;
    }

    private static boolean matchesExpression(Node expression, Map<String, String> labels) {
        String key = expression.get("key").text();
        List<String> values = expression.get("values").texts();
        String operator = expression.get("operator").text();
        return switch (operator) {
            case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists" -> labels.containsKey(key);
            case "DoesNotExist" -> !labels.containsKey(key);
            default -> throw new IllegalArgumentException("unknown selector operator " + operator);
        };
    }
}
