package no.arsberetning.deployment.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** docker-compose.yml at the repository root, as written (YAML anchors and merges resolved). */
public final class ComposeFile {

    public static final String FILE = "docker-compose.yml";

    /** ${NAME}, ${NAME:-default}, ${NAME:?message}; not the escaped $${...}. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    private final Node root;
    private final String text;

    private ComposeFile(Node root, String text) {
        this.root = root;
        this.text = text;
    }

    public static ComposeFile load() {
        return new ComposeFile(YamlFiles.load(FILE), Repository.read(FILE));
    }

    public Map<String, ComposeService> services() {
        Map<String, ComposeService> services = new LinkedHashMap<>();
        root.get("services").entries().forEach((name, node) -> services.put(name, new ComposeService(name, node)));
        return services;
    }

    public ComposeService service(String name) {
        ComposeService service = services().get(name);
        if (service == null) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    public Node volumes() {
        return root.get("volumes");
    }

    /** The names of all variables the file interpolates, wherever they appear. */
    public Set<String> variables() {
        Matcher matcher = VARIABLE.matcher(text);
        return matcher.results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
