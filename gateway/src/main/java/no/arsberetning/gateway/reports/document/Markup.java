package no.arsberetning.gateway.reports.document;

import no.arsberetning.common.texts.SafeHtml;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The markup the report lets through. Printed cells and labels keep their emphasis, line breaks, lists,
 * footnote marks and real links ({@code <b>}, {@code <br>}, {@code <ul>}, {@code <sup>}); texts are
 * sanitized again (they are upstream too) and their headings are moved below the heading of the section
 * they stand in, so heading levels never skip. Nothing else — no scripts, styles or event handlers.
 */
final class Markup {

    private static final Safelist CELL = Safelist.basic()
            .removeTags("blockquote", "cite", "code", "q", "small", "span", "strike", "u", "dd", "dl", "dt", "pre")
            .removeProtocols("a", "href", "ftp");

    private Markup() {
    }

    /** A printed cell, label or caption as safe HTML: text escaped, allowed markup kept. */
    static String cell(String printed) {
        if (printed == null || printed.isEmpty()) {
            return "";
        }
        if (printed.indexOf('<') < 0 && printed.indexOf('&') < 0 && printed.indexOf('>') < 0) {
            return printed;
        }
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(printed, "", CELL, output()));
        doc.outputSettings(output());
        doc.select("a:not([href])").unwrap();
        return doc.body().html();
    }

    /**
     * A text block as safe HTML whose headings start one level below {@code enclosingLevel} and never skip
     * a level (an {@code <h3>} in a section headed by an {@code <h3>} becomes an {@code <h4>}).
     */
    static String text(String html, int enclosingLevel) {
        Document doc = Jsoup.parseBodyFragment(SafeHtml.sanitize(html));
        doc.outputSettings(output());
        var headings = doc.select("h1, h2, h3, h4, h5, h6");
        int shift = enclosingLevel + 1 - headings.stream().mapToInt(Markup::levelOf).min().orElse(enclosingLevel + 1);
        int previous = enclosingLevel;
        for (Element heading : headings) {
            int level = Math.min(6, Math.min(previous + 1, Math.max(enclosingLevel + 1, levelOf(heading) + shift)));
            heading.tagName("h" + level);
            previous = level;
        }
        return doc.body().html();
    }

    /** The text a person reads in a piece of markup: tags gone, spaces collapsed. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.replaceAll("\\s+", " ").strip();
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    private static int levelOf(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }

    private static Document.OutputSettings output() {
        return new Document.OutputSettings().prettyPrint(false);
    }
}
