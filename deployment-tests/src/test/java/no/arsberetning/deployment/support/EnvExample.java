package no.arsberetning.deployment.support;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** .env.example: the variables docker-compose.yml needs, secrets as placeholders. */
public final class EnvExample {

    public static final String FILE = ".env.example";

    private final Map<String, String> values;

    private EnvExample(Map<String, String> values) {
        this.values = values;
    }

    public static EnvExample load() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repository.read(FILE).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new AssertionError(FILE + ": not KEY=value: " + line);
            }
            values.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return new EnvExample(values);
    }

    public Map<String, String> values() {
        return values;
    }

    /** A value someone has to fill in: a <generate: ...> or <...> placeholder, or change-me. */
    public static boolean isPlaceholder(String value) {
        return (value.startsWith("<") && value.endsWith(">")) || value.contains("change-me");
    }

    /**
     * The variables of a usable .env: each placeholder replaced by a fresh random hex value (as the documented
     * generator does), every other value kept, and {@code overrides} applied (a null removes the key).
     */
    public Map<String, String> generated(Map<String, String> overrides) {
        SecureRandom random = new SecureRandom();
        Map<String, String> generated = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            generated.put(key, isPlaceholder(value) ? HexFormat.of().formatHex(bytes) : value);
        });
        overrides.forEach((key, value) -> {
            if (value == null) {
                generated.remove(key);
            } else {
                generated.put(key, value);
            }
        });
        return generated;
    }
}
