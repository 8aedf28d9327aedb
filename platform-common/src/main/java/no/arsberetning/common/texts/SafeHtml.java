package no.arsberetning.common.texts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * Markup people and imports may put in texts: paragraphs, line breaks, lists, emphasis, footnote marks
 * ({@code sup}) and http(s)/mailto links. Everything else — scripts, event handlers, styles, javascript: URLs — is removed.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED = Safelist.basic()
            .removeTags("blockquote", "cite", "code", "q", "small", "span", "strike", "sub", "u", "dd", "dl", "dt", "pre")
            .addTags("h3", "h4")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "mailto");

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, new OutputSettings().prettyPrint(false));
    }
}
