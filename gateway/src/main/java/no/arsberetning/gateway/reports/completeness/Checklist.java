package no.arsberetning.gateway.reports.completeness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the law requires the annual report to contain, maintained as data
 * ({@code completeness/lovpalagt-innhold.json}): each item with its law, paragraph, how often it is due and
 * the places of the report that satisfy it.
 */
public record Checklist(String title, String basis, List<Item> items) {

    static final String RESOURCE = "completeness/lovpalagt-innhold.json";
    private static final Checklist STANDARD = load(RESOURCE);

    /** The checklist in the gateway's resources (read once). */
    public static Checklist standard() {
        return STANDARD;
    }

    static Checklist load(String resource) {
        try (InputStream in = Checklist.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Mangler " + resource + " på klassestien");
            }
            return JsonMapper.builder().build().readValue(in, Checklist.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param frequency {@code every-year} or {@code every-second-year}
     * @param required whether publishing without it needs a recorded override
     */
    public record Item(String id, String law, String reference, String text, String frequency, boolean required,
            List<Place> satisfiedBy) {

        public String frequencyLabel() {
            return "every-second-year".equals(frequency) ? "Minst annethvert år" : "Hvert år";
        }
    }

    /**
     * A place in the composed report, one of: a printed table ({@code table}); a chapter's section with content
     * ({@code chapter} + {@code section}, optionally {@code content}: text, table or goals); content in a range of
     * chapters ({@code chapters} "4-19" + {@code content}, {@code match} "any" or "all"); a row of the
     * gender-equality statement's coverage table ({@code statementRow}, in {@code chapter}/{@code section}); the
     * title page ({@code frontMatter}). {@code label} names it for people where the default would not.
     */
    public record Place(String table, String chapter, String section, String chapters, String content, String match,
            String statementRow, String frontMatter, String label) {
    }
}
