package no.arsberetning.gateway.reports.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Parts of the report (each block of a section, the findings appendix) rendered on their own and kept by their view:
 * a view is a record of records, lists and strings, so an equal view renders to the same HTML, and a part whose view
 * is unchanged is not rendered again. After a write only what it changed is rendered anew. At most
 * {@value #MAX_CHARS} characters are kept, the least used going first.
 */
final class RenderedParts {

    /** 8 to 16 MiB (1 or 2 bytes a character): the parts of about 20 versions of the demo report (400 000 characters). */
    static final long MAX_CHARS = 8L * 1024 * 1024;

    private final ITemplateEngine engine;
    private final Cache<Key, String> kept;

    RenderedParts(ITemplateEngine engine, long maxChars) {
        this.engine = engine;
        this.kept = Caffeine.newBuilder().maximumWeight(maxChars).<Key, String>weigher((key, html) -> html.length()).build();
    }

    /** The template rendered with the view as its one variable, or what it gave for an equal view before. */
    String render(String template, String variable, Object view) {
        return kept.get(new Key(template, variable, view), key -> {
            Context context = new Context(NorwegianFormat.BOKMAL);
            context.setVariable(variable, view);
            return engine.process(template, context);
        });
    }

    /** How many parts are kept now (for tests). */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    private record Key(String template, String variable, Object view) {
    }
}
