package no.arsberetning.gateway.reports.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.arsberetning.common.report.ProvenanceEntry;

/**
 * The document's «Kilder og opphav» appendix: every distinct origin of the report's numbers once, numbered in
 * the order the document first meets them, with Norwegian wording; tables and cells link to their entry.
 * One per document (like {@link Ids}).
 */
final class ProvenanceViews {

    static final String APPENDIX_ID = "kilder-og-opphav";
    static final String HEADING = "Kilder og opphav";

    private final Map<ProvenanceEntry, Entry> entries = new LinkedHashMap<>();

    /** A listed origin: {@code id} the element id, {@code summary} one line, {@code details} label/value pairs. */
    record Entry(String id, int number, String summary, List<Detail> details) {

        /** «Kilde 3: Importert fra filen drift.csv …», the text of a link to the entry. */
        public String linkText() {
            return "Kilde " + number + ": " + summary;
        }
    }

    record Detail(String label, String value, boolean code) {
    }

    /** The appendix: heading, introduction and the entries. */
    record Appendix(String id, String heading, String intro, List<Entry> entries) {
    }

    /** The entry of an origin (registered on first use); null for null. */
    Entry entry(ProvenanceEntry origin) {
        if (origin == null) {
            return null;
        }
        ProvenanceEntry key = origin.withId(null);
        return entries.computeIfAbsent(key, k -> {
            int number = entries.size() + 1;
            return new Entry(APPENDIX_ID + "-" + number, number, summary(k), details(k));
        });
    }

    Appendix appendix() {
        if (entries.isEmpty()) {
            return null;
        }
        return new Appendix(APPENDIX_ID, HEADING, "Hvor tallene i tabellene kommer fra: hvem som registrerte eller importerte "
                + "dem, fra hvilken fil eller kilde, når, og hvilken utgave som først publiserte dem. Hver tabell viser til "
                + "sin kilde under tabellen; tall med et annet opphav enn resten av tabellen er lenker til sin egen kilde.",
                List.copyOf(entries.values()));
    }

    /** One line in Norwegian. */
    static String summary(ProvenanceEntry e) {
        String when = e.at() == null ? "" : ", " + NorwegianFormat.dateTime(e.at());
        String by = blank(e.by()) ? "" : " av " + e.by();
        return switch (kind(e)) {
            case ProvenanceEntry.DEMO -> "Demodata fra " + (blank(e.source()) ? "den trykte årsberetningen" : e.source());
            case ProvenanceEntry.FILE_IMPORT -> "Importert fra filen " + (blank(e.fileName()) ? "(uten navn)" : e.fileName())
                    + by + when;
            case ProvenanceEntry.MANUAL -> "Registrert for hånd" + by + when;
            default -> "Hentet fra " + (blank(e.source()) ? "ekstern kilde" : e.source()) + when;
        };
    }

    static List<Detail> details(ProvenanceEntry e) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Type", switch (kind(e)) {
            case ProvenanceEntry.DEMO -> "Demodata (transkribert fra trykt rapport)";
            case ProvenanceEntry.FILE_IMPORT -> "Filimport";
            case ProvenanceEntry.MANUAL -> "Registrert for hånd";
            default -> "Ekstern kilde";
        }, false));
        if (!blank(e.source())) {
            details.add(new Detail("Kilde", e.source(), false));
        }
        String verb = switch (kind(e)) {
            case ProvenanceEntry.MANUAL -> "Registrert";
            case ProvenanceEntry.EXTERNAL -> "Hentet";
            case ProvenanceEntry.DEMO -> "Lastet inn";
            default -> "Importert";
        };
        if (!blank(e.by())) {
            details.add(new Detail(verb + " av", e.by(), false));
        }
        if (e.at() != null) {
            details.add(new Detail(verb, NorwegianFormat.dateTime(e.at()), false));
        }
        if (!blank(e.fileName())) {
            details.add(new Detail("Fil", e.fileName(), false));
        }
        if (!blank(e.fileSha256())) {
            details.add(new Detail("SHA-256", e.fileSha256(), true));
        }
        details.add(new Detail("Først publisert", e.firstRelease() == null ? "Ikke publisert ennå"
                : "Utgave " + e.firstRelease(), false));
        return List.copyOf(details);
    }

    private static String kind(ProvenanceEntry e) {
        return e.kind() == null ? ProvenanceEntry.EXTERNAL : e.kind();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
