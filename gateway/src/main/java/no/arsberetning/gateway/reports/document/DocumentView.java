package no.arsberetning.gateway.reports.document;

import java.util.List;

/**
 * What the template shows, already decided: ids, Norwegian labels, formatted numbers and safe markup.
 * The template only lays it out, so the HTML page and the PDF cannot differ in content.
 * Fields named {@code ...Html} hold sanitized markup; all others are plain text the template escapes.
 */
record DocumentView(
        String title,
        String municipality,
        String description,
        String versionLine,
        String overrideReason,
        List<TocEntry> toc,
        List<Notice> notices,
        Part overview,
        List<ChapterView> chapters,
        FindingsView findings,
        ProvenanceViews.Appendix provenance,
        String css,
        FrontMatterView frontMatter,
        CompletenessView completeness) {

    /** The title for the page header of the PDF, safe inside a CSS string: no quotes, backslashes or tags. */
    public String runningTitle() {
        String text = municipality == null ? title : title + " – " + municipality;
        return text.replaceAll("[\"\\\\<>\\r\\n]", "");
    }

    /** A link in the table of contents, with the entries below it. */
    record TocEntry(String id, String label, List<TocEntry> children) {
    }

    /** A part of the report that could not be fetched, and why, as one sentence or two. */
    record Notice(String reason) {
    }

    /** A part of the document outside the chapters (the overview of figures), with its heading. */
    record Part(String id, String heading, String intro, List<Figure> figures) {
    }

    record ChapterView(String id, String heading, String source, Notice unavailable, List<SectionView> sections) {
    }

    /** {@code title} null: the section has no heading of its own. */
    record SectionView(String id, String title, List<BlockView> blocks) {
    }

    /** One block; {@code kind} says which of the other fields is set: text, table, goals or figure. */
    record BlockView(String kind, String textHtml, TableView table, List<GoalView> goals, Figure figure) {

        static BlockView text(String html) {
            return new BlockView("text", html, null, null, null);
        }

        static BlockView table(TableView table) {
            return new BlockView("table", null, table, null, null);
        }

        static BlockView goals(List<GoalView> goals) {
            return new BlockView("goals", null, null, goals, null);
        }

        static BlockView figure(Figure figure) {
            return new BlockView("figure", null, null, null, figure);
        }
    }

    /**
     * A table: {@code label} is "Tabell 1.2" (or "Tabellalternativ til figur 1"; null for an unnumbered table),
     * {@code meta} notes such as the unit and sign convention when the caption does not state them.
     */
    record TableView(String id, String label, String captionHtml, List<String> meta, String labelHeader,
            List<HeaderView> columns, List<RowView> rows, ProvenanceNote provenance) {

        TableView(String id, String label, String captionHtml, List<String> meta, String labelHeader,
                List<HeaderView> columns, List<RowView> rows) {
            this(id, label, captionHtml, meta, labelHeader, columns, rows, null);
        }

        public String captionId() {
            return id + "-tittel";
        }
    }

    /** A column header; {@code numeric}: the column holds numbers (aligned right). */
    record HeaderView(String html, boolean numeric) {

        /** A column the print gives no heading: no empty header cell (it would name nothing), a plain cell instead. */
        public boolean blank() {
            return html == null || Markup.plain(html).isBlank();
        }
    }

    /** {@code kind}: line, subtotal, total, heading or note (a note spans the table). */
    record RowView(String labelHtml, String kind, List<CellView> cells) {

        public boolean note() {
            return "note".equals(kind);
        }

        /** A row the print gives no label (a continuation line): a plain cell, not an empty row header. */
        public boolean unlabelled() {
            return !note() && Markup.plain(labelHtml).isBlank();
        }
    }

    /**
     * A cell: the text as printed ({@code html}), the exact number ({@code value}, plain decimal) and its unit
     * for machines, and why it is missing ({@code reason} code, {@code reasonLabel} in Norwegian).
     */
    record CellView(String html, String value, String unit, String reason, String reasonLabel, boolean numeric,
            CellProvenance provenance) {

        CellView(String html, String value, String unit, String reason, String reasonLabel, boolean numeric) {
            this(html, value, unit, reason, reasonLabel, numeric, null);
        }
    }

    /**
     * Under a table: the origin of its numbers ({@code entry}), and whether some cells have another one (they link
     * to theirs).
     */
    record ProvenanceNote(ProvenanceViews.Entry entry, boolean cellsDiffer) {
    }

    /** A number whose origin differs from its table's: the appendix entry and the link's accessible name. */
    record CellProvenance(String href, String ariaLabel) {
    }

    record GoalView(String id, String textHtml, String areas, List<IndicatorView> indicators) {
    }

    /** An indicator with both statuses; {@code mismatch} when reported and computed status differ. */
    record IndicatorView(String textHtml, String ambitionHtml, String resultHtml, String reported, String reportedWording,
            String computed, boolean mismatch) {
    }

    /**
     * A chart: inline SVG ({@code svg}, labelled by the caption {@code captionId}) followed by its table
     * alternative. {@code label} is "Figur 1".
     */
    record Figure(String id, String label, String title, String svg, TableView alternative) {

        public String captionId() {
            return id + "-tittel";
        }
    }

    record FindingsView(String id, String heading, String summary, TableView table) {
    }

    /**
     * The title page and the chief executive's foreword. {@code municipalityAlt} is the name in another
     * language ({@code municipalityAltLang}, e.g. South Sami «sma»); {@code forewordId} null: no foreword;
     * {@code overrideLabel} what a release was published despite (open errors, missing statutory content).
     */
    record FrontMatterView(String id, String municipality, String municipalityAlt, String municipalityAltLang, String title,
            String issuedBy, String date, String versionLabel, String forewordId, String forewordTitle, String forewordHtml,
            String overrideLabel) {
    }

    /** The appendix of statutory content: summary, the legal basis, and one row per checklist item. */
    record CompletenessView(String id, String heading, String summary, String basis, TableView table) {
    }
}
