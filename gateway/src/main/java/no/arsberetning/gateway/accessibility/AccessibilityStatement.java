package no.arsberetning.gateway.accessibility;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The accessibility statement (tilgjengelighetserklæring, in the spirit of uutilsynet's): generated from the
 * committed results of the automated checks — what was tested, with which tool and rules, when, and what
 * fails, by rule with counts. It states plainly that automated checks find only part of the problems.
 */
@Component
public class AccessibilityStatement {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private final AxeResults results;
    private final SpringTemplateEngine engine;

    AccessibilityStatement() {
        this(AxeResults.load(AxeResults.RESOURCE));
    }

    AccessibilityStatement(AxeResults results) {
        this.results = results;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AccessibilityStatement.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public AxeResults results() {
        return results;
    }

    public String html() {
        Context context = new Context(BOKMAL);
        context.setVariable("r", results);
        context.setVariable("generatedAt", dateTime(results.generatedAt()));
        context.setVariable("rules", byRule());
        context.setVariable("violationCount", results.pages().stream().mapToInt(p -> p.violations().size()).sum());
        return engine.process("accessibility", context);
    }

    /** Every failing rule across the pages: its impact and help, on which pages, and how many elements in all. */
    List<RuleSummary> byRule() {
        Map<String, RuleSummary> rules = new LinkedHashMap<>();
        for (AxeResults.Page page : results.pages()) {
            for (AxeResults.Violation v : page.violations()) {
                RuleSummary before = rules.get(v.rule());
                List<String> pages = before == null ? List.of(page.name())
                        : java.util.stream.Stream.concat(before.pages().stream(), java.util.stream.Stream.of(page.name())).toList();
                rules.put(v.rule(), new RuleSummary(v.rule(), v.impact(), v.help(), v.helpUrl(), wcag(v.tags()), pages,
                        (before == null ? 0 : before.nodes()) + v.nodes()));
            }
        }
        return List.copyOf(rules.values());
    }

    private static String wcag(List<String> tags) {
        return tags == null ? "" : String.join(", ", tags.stream().filter(t -> t.startsWith("wcag")).toList());
    }

    static String dateTime(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", BOKMAL)
                    .withZone(java.time.ZoneId.of("Europe/Oslo")).format(Instant.parse(iso));
        } catch (DateTimeParseException | NullPointerException e) {
            return iso;
        }
    }

    /** A failing rule across the tested pages. */
    public record RuleSummary(String rule, String impact, String help, String helpUrl, String wcag, List<String> pages,
            int nodes) {
    }
}
