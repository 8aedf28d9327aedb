package no.arsberetning.finance.frontmatter;

/**
 * The report's own parts that no chapter owns (issue 11): the title page ({@link TitlePage}, its own
 * document) and the chief executive's foreword, an ordinary report text ({@code front-matter:foreword})
 * written through {@code PUT /api/finance/{year}/texts/front-matter:foreword} — controllers only, as it has
 * no area. Both belong to the reporting-cycle section {@link #SECTION}; the table of contents is derived
 * by the gateway from the composed report.
 */
public final class FrontMatter {

    public static final String SECTION = "front-matter";
    public static final String SECTION_TITLE = "Forside og forord";
    public static final String FOREWORD_KEY = "front-matter:foreword";

    private FrontMatter() {
    }
}
