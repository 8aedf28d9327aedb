package no.arsberetning.deployment.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every Kubernetes object in deploy/ (all *.yaml files but kustomization.yaml). */
public final class Manifests {

    public static final String DIRECTORY = "deploy";
    public static final String KUSTOMIZATION = "kustomization.yaml";

    /** One object and the file it came from. */
    public record Manifest(Path file, Node node) {

        public String kind() {
            return node.get("kind").text();
        }

        public String name() {
            return node.at("metadata", "name").text();
        }

        public String apiVersion() {
            return node.get("apiVersion").text();
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + Repository.root().relativize(file) + ")";
        }
    }

    private final List<Manifest> all;

    private Manifests(List<Manifest> all) {
        this.all = all;
    }

    public static Manifests load() {
        List<Manifest> manifests = new ArrayList<>();
        for (Path file : files()) {
            YamlFiles.loadAll(file).forEach(node -> manifests.add(new Manifest(file, node)));
        }
        return new Manifests(manifests);
    }

    /** The manifest files, relative to deploy/, sorted. */
    public static List<Path> files() {
        Path directory = Repository.path(DIRECTORY);
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().equals(KUSTOMIZATION))
                    .sorted()
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Manifest> all() {
        return all;
    }

    public List<Manifest> ofKind(String kind) {
        return all.stream().filter(m -> kind.equals(m.kind())).toList();
    }

    public Manifest get(String kind, String name) {
        return ofKind(kind).stream().filter(m -> name.equals(m.name())).findFirst()
                .orElseThrow(() -> new AssertionError("deploy/ has no " + kind + " named " + name));
    }

    /**
     * The environment of a Deployment's (first) container: every key of the ConfigMaps it imports (envFrom), then its
     * env entries, which take their place as in Kubernetes.
     */
    public Map<String, String> environment(String deployment) {
        Node container = get("Deployment", deployment).node().at("spec", "template", "spec", "containers").items().get(0);
        Map<String, String> environment = new LinkedHashMap<>();
        container.get("envFrom").items().forEach(source -> {
            String configMap = source.at("configMapRef", "name").text();
            if (configMap == null) {
                throw new AssertionError(deployment + " imports ConfigMaps only");
            }
            environment.putAll(get("ConfigMap", configMap).node().get("data").stringMap());
        });
        container.get("env").items().forEach(variable ->
                environment.put(variable.get("name").text(), variable.get("value").text()));
        return environment;
    }
}
