package no.arsberetning.deployment.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds values that look like committed secrets, with the rule of the repository's commit hook: a line
 * assigning six or more letters or digits to a password or secret (password=..., secret: ...), unless the
 * line holds a reference (${...}), a placeholder (<...>) or says it is an example.
 */
public final class SecretScanner {

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(password|passwd|secret|token)[\"']?\\s*[:=]\\s*[\"']?[A-Za-z0-9]{6,}"); // <the rule>

    private static final List<String> EXEMPTIONS = List.of("${", "example", "changeme", "<");

    private SecretScanner() {
    }

    public static boolean looksLikeSecret(String line) {
        String lower = line.toLowerCase();
        return ASSIGNMENT.matcher(line).find() && EXEMPTIONS.stream().noneMatch(lower::contains);
    }
}
