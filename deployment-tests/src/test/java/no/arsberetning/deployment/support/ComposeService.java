package no.arsberetning.deployment.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service of docker-compose.yml. */
public record ComposeService(String name, Node node) {

    public String image() {
        return node.get("image").text();
    }

    /** The environment, whichever of the two forms (map or KEY=value list) the file uses. */
    public Map<String, String> environment() {
        Node environment = node.get("environment");
        if (environment.isList()) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String entry : environment.texts()) {
                int equals = entry.indexOf('=');
                map.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1));
            }
            return map;
        }
        return environment.stringMap();
    }

    public Node healthcheck() {
        return node.get("healthcheck");
    }

    /** The health check's command, as one line of text. */
    public String healthcheckCommand() {
        Node test = healthcheck().get("test");
        return test.isList() ? String.join(" ", test.texts()) : test.text();
    }

    /** depends_on as service -> condition (the short list form has no condition: null). */
    public Map<String, String> dependsOn() {
        Node dependsOn = node.get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn.isList()) {
            dependsOn.texts().forEach(service -> conditions.put(service, null));
        }
        dependsOn.entries().forEach((service, spec) -> conditions.put(service, spec.get("condition").text()));
        return conditions;
    }

    public List<String> ports() {
        return node.get("ports").texts();
    }

    public List<String> volumes() {
        return node.get("volumes").texts();
    }

    public boolean isBuilt() {
        return !node.get("build").isMissing();
    }

    public Map<String, String> buildArgs() {
        return node.at("build", "args").stringMap();
    }
}
