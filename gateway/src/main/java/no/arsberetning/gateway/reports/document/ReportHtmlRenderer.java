package no.arsberetning.gateway.reports.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import no.arsberetning.gateway.reports.ComposedReport;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a composed report to one self-contained, accessible HTML document (template
 * {@code templates/report.html} with {@code report-fragments.html}, stylesheet {@code templates/report.css}
 * inlined), synchronously to a string — the same string the PDF is made from. Its own template engine,
 * so it does not depend on how the web layer resolves views. Thread-safe.
 */
public final class ReportHtmlRenderer {

    static final String TEMPLATE = "report";
    static final String CSS = "templates/report.css";

    private final SpringTemplateEngine engine;
    private final String css;

    public ReportHtmlRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportHtmlRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        css = resource(CSS);
    }

    public String render(ComposedReport report) {
        Context context = new Context(NorwegianFormat.BOKMAL);
        context.setVariable("doc", ReportViewBuilder.build(report, css));
        return engine.process(TEMPLATE, context);
    }

    private static String resource(String path) {
        try (InputStream in = ReportHtmlRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Mangler " + path + " på klassestien");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
