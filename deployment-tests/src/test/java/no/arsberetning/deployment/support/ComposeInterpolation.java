package no.arsberetning.deployment.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variable interpolation as the Compose Specification defines it ("Interpolation"), applied to every string
 * value of the parsed file: {@code $$} is a literal {@code $}; {@code $NAME} and {@code ${NAME}} are the
 * variable's value (unset: empty, with a warning); {@code ${NAME:-default}} / {@code ${NAME-default}} the default
 * when unset or empty / unset; {@code ${NAME:?message}} / {@code ${NAME?message}} an error when unset or empty /
 * unset; {@code ${NAME:+other}} / {@code ${NAME+other}} the other text when set and non-empty / set. Defaults
 * may themselves hold variables.
 */
public final class ComposeInterpolation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> variables;
    private final List<String> errors = new ArrayList<>();
    private final TreeSet<String> unset = new TreeSet<>();

    private ComposeInterpolation(Map<String, String> variables) {
        this.variables = variables;
    }

    /** The file's tree with every string interpolated; errors and warnings are in the result. */
    public static Result apply(Object tree, Map<String, String> variables) {
        ComposeInterpolation interpolation = new ComposeInterpolation(variables);
        Object resolved = interpolation.walk(tree);
        return new Result(resolved, List.copyOf(interpolation.errors), List.copyOf(interpolation.unset));
    }

    /** One string, interpolated. */
    public static Result apply(String text, Map<String, String> variables) {
        return apply((Object) text, variables);
    }

    private Object walk(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key, walk(value)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(this::walk).toList();
        }
        return node instanceof String text ? interpolate(text) : node;
    }

    private String interpolate(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 == text.length()) {
                out.append(c);
                i++;
            } else if (text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    errors.add("invalid interpolation format for «" + text + "»: no closing brace");
                    return text;
                }
                out.append(braced(text.substring(i + 2, end)));
                i = end + 1;
            } else {
                Matcher name = NAME.matcher(text).region(i + 1, text.length());
                if (name.lookingAt()) {
                    out.append(value(name.group()));
                    i = name.end();
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String braced(String expression) {
        Matcher name = NAME.matcher(expression);
        if (!name.lookingAt()) {
            errors.add("invalid interpolation format: ${" + expression + "}");
            return "";
        }
        String variable = name.group();
        String rest = expression.substring(name.end());
        if (rest.isEmpty()) {
            return value(variable);
        }
        String current = variables.get(variable);
        boolean set = current != null;
        boolean nonEmpty = set && !current.isEmpty();
        for (String operator : List.of(":-", ":?", ":+", "-", "?", "+")) {
            if (!rest.startsWith(operator)) {
                continue;
            }
            String argument = rest.substring(operator.length());
            boolean present = operator.startsWith(":") ? nonEmpty : set;
            return switch (operator.substring(operator.length() - 1)) {
                case "-" -> present ? current : interpolate(argument);
                case "+" -> present ? interpolate(argument) : "";
                default -> {
                    if (!present) {
                        errors.add("required variable " + variable + " is missing a value: " + interpolate(argument));
                    }
                    yield present ? current : "";
                }
            };
        }
        errors.add("invalid interpolation format: ${" + expression + "}");
        return "";
    }

    private String value(String variable) {
        String current = variables.get(variable);
        if (current == null) {
            unset.add(variable);
            return "";
        }
        return current;
    }

    /**
     * The interpolated tree, the errors that stop Compose (a required variable missing, a malformed expression)
     * and the variables used without a value (Compose warns and uses an empty string).
     */
    public record Result(Object value, List<String> errors, List<String> unsetVariables) {

        public String text() {
            return (String) value;
        }
    }
}
