package no.arsberetning.hr.inspections;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.numbers.NumberWords;

/**
 * Reads the structured facts of an inspection from its printed texts, once, on import: how many orders,
 * what it concluded, where the follow-up stands and its deadline. The wording of the print is regular
 * enough for this («fikk sju pålegg», «ble det ikke funnet brudd», «Disse er lukket», «frist til 30.6.2024»);
 * a controller corrects the result where it is wrong.
 */
final class InspectionReading {

    /** Phrases stating that nothing was found; they are checked before the words for a finding. */
    private static final List<String> NOTHING_FOUND = List.of("ikke funnet brudd", "fant ikke brudd", "ingen avvik",
            "uten avvik", "ikke påpekt noen avvik", "ikke påpekt noen lovbrudd", "ikke ilagt noen pålegg");
    private static final List<String> SOMETHING_FOUND = List.of("lovbrudd", "brudd på", "avvik", "pålegg", "overskredet",
            "mangler", "manglende", "sikrer ikke");
    private static final Pattern CLOSED = Pattern.compile("(er|ble) (nå )?lukket|tilsynet er lukket|er avsluttet");
    private static final List<String> STILL_WORKING = List.of("for å lukke", "arbeider", "jobber", "følges opp");
    private static final Pattern DEADLINE = Pattern.compile("(?:frist(?: til)?|innen)\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    private InspectionReading() {
    }

    /** The number of orders stated («sju pålegg» → 7, «Det var ingen avvik eller pålegg.» → 0), or null. */
    static Integer ordersCount(String orders) {
        if (orders == null || orders.isBlank()) {
            return null;
        }
        String text = orders.toLowerCase(Locale.ROOT);
        if (NOTHING_FOUND.stream().anyMatch(text::contains) || text.contains("ingen") && text.contains("pålegg")) {
            return 0;
        }
        return NumberWords.leadingCount(orders);
    }

    static Outcome outcome(Integer ordersCount, String findings) {
        if (ordersCount != null && ordersCount > 0) {
            return Outcome.ORDERS;
        }
        String text = findings == null ? "" : findings.toLowerCase(Locale.ROOT);
        if (NOTHING_FOUND.stream().anyMatch(text::contains)) {
            return Outcome.NO_DEVIATIONS;
        }
        if (SOMETHING_FOUND.stream().anyMatch(text::contains)) {
            return Outcome.DEVIATIONS;
        }
        return ordersCount != null ? Outcome.NO_DEVIATIONS : Outcome.UNKNOWN;
    }

    static FollowUpStatus followUpStatus(Outcome outcome, String followUp) {
        if (followUp == null || followUp.isBlank()) {
            return outcome.needsFollowUp() ? FollowUpStatus.NOT_DESCRIBED : FollowUpStatus.NOT_NEEDED;
        }
        String text = followUp.toLowerCase(Locale.ROOT);
        boolean closed = CLOSED.matcher(text).find() && STILL_WORKING.stream().noneMatch(text::contains);
        return closed ? FollowUpStatus.CLOSED : FollowUpStatus.IN_PROGRESS;
    }

    /** The first deadline stated in the follow-up («frist til 30.6.2024», «Innen 04.12.2023»), or null. */
    static LocalDate deadline(String followUp) {
        if (followUp == null) {
            return null;
        }
        Matcher m = DEADLINE.matcher(followUp);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            } catch (DateTimeException notADate) {
                // keep looking
            }
        }
        return null;
    }
}
