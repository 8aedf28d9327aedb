package no.arsberetning.deployment.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A read-only view of parsed YAML or JSON: maps, lists and scalars. A missing key gives a missing node
 * rather than a NullPointerException, so a test can say what it expected.
 */
public final class Node {

    private final Object value;
    private final String path;

    private Node(Object value, String path) {
        this.value = value;
        this.path = path;
    }

    public static Node of(Object value) {
        return new Node(value, "");
    }

    public Node get(String key) {
        if (value instanceof Map<?, ?> map && map.containsKey(key)) {
            return new Node(map.get(key), path + "/" + key);
        }
        return new Node(null, path + "/" + key);
    }

    public Node at(String... keys) {
        Node node = this;
        for (String key : keys) {
            node = node.get(key);
        }
        return node;
    }

    public boolean isMissing() {
        return value == null;
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    /** The entries of a map node, in document order; empty for anything else. */
    public Map<String, Node> entries() {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> entries.put(String.valueOf(k), new Node(v, path + "/" + k)));
        }
        return entries;
    }

    /** The items of a list node; empty for anything else. */
    public List<Node> items() {
        List<Node> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                items.add(new Node(list.get(i), path + "[" + i + "]"));
            }
        }
        return items;
    }

    /** A scalar as text (numbers and booleans too); null when missing. */
    public String text() {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalStateException(path + " is not a scalar: " + value);
        }
        return String.valueOf(value);
    }

    public List<String> texts() {
        return items().stream().map(Node::text).toList();
    }

    /** The labels of a map of strings (metadata.labels, matchLabels, environment maps). */
    public Map<String, String> stringMap() {
        Map<String, String> strings = new LinkedHashMap<>();
        entries().forEach((k, v) -> strings.put(k, v.text()));
        return strings;
    }

    public Object raw() {
        return value;
    }

    public String path() {
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Node node && Objects.equals(value, node.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
