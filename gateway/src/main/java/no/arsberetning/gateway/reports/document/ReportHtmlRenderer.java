package no.arsberetning.gateway.reports.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

import no.arsberetning.gateway.reports.ComposedReport;
import no.arsberetning.gateway.reports.document.DocumentView.BlockView;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a composed report to one self-contained, accessible HTML document (template
 * {@code templates/report.html} with {@code report-fragments.html}, stylesheet {@code templates/report.css}
 * inlined), synchronously to a string — the same string the PDF is made from. Its own template engine,
 * so it does not depend on how the web layer resolves views, with Spring EL compiled. Each block of a section (text,
 * table, goals, figure) and the findings appendix are rendered on their own and kept while their view is unchanged
 * ({@link RenderedParts}), so a write renders only what it changed. Thread-safe.
 */
public final class ReportHtmlRenderer {

    static final String TEMPLATE = "report";
    static final String BLOCK = "report-block";
    static final String FINDINGS = "report-findings";
    static final String CSS = "templates/report.css";

    private final SpringTemplateEngine engine;
    private final RenderedParts parts;
    private final String css;

    public ReportHtmlRenderer() {
        this(RenderedParts.MAX_CHARS);
    }

    /** @param maxKeptChars the most characters of rendered parts to keep */
    ReportHtmlRenderer(long maxKeptChars) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportHtmlRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        parts = new RenderedParts(engine, maxKeptChars);
        css = resource(CSS);
    }

    public String render(ComposedReport report) {
        DocumentView doc = ReportViewBuilder.build(report, css);
        Context context = new Context(NorwegianFormat.BOKMAL);
        context.setVariable("doc", doc);
        Map<BlockView, String> blocks = new IdentityHashMap<>();
        doc.chapters().forEach(chapter -> chapter.sections().forEach(section -> section.blocks()
                .forEach(block -> blocks.put(block, parts.render(BLOCK, "block", block)))));
        context.setVariable("blocks", blocks);
        context.setVariable("findings", doc.findings() == null ? null : parts.render(FINDINGS, "findings", doc.findings()));
        return engine.process(TEMPLATE, context);
    }

    /** How many rendered parts are kept now. */
    long keptParts() {
        return parts.size();
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
