package no.arsberetning.deployment.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Parses YAML (and JSON, which is YAML) with SnakeYAML's safe constructor; anchors and merges resolve. */
public final class YamlFiles {

    private YamlFiles() {
    }

    public static Node load(Path file) {
        return Node.of(yaml().load(Repository.read(file)));
    }

    public static Node load(String relative) {
        return load(Repository.path(relative));
    }

    public static Node parse(String text) {
        return Node.of(yaml().load(text));
    }

    /** Every non-empty document of a multi-document file. */
    public static List<Node> loadAll(Path file) {
        List<Node> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(Repository.read(file))) {
            if (document != null) {
                documents.add(Node.of(document));
            }
        }
        return documents;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(10 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }
}
