package no.arsberetning.hr.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.report.Finding;
import no.arsberetning.common.report.Finding.Severity;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.checks.Genders.Gender;
import no.arsberetning.hr.tables.HrCells;
import no.arsberetning.hr.tables.TableRows;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Headcounts across tables. Table 2.4 counts the employees by gender (each once); table 2.11 states the
 * same total per gender as the basis of the parental-leave shares, so the two must agree. Table 2.10 counts
 * employments (a person may hold a permanent and a temporary one) and the pay tables 2.7–2.9 count per pay
 * chapter, so their totals may exceed 2.4's but never fall short of it.
 */
@Component
@Order(2)
class CrossTableRule implements Rule {

    static final String SAME_POPULATION = "hr-headcount-across-tables";

    /** Table 2.4's headcount columns per gender (value-column indexes). */
    private static final Map<Gender, Integer> HEADCOUNT_24 = Map.of(Gender.WOMEN, 0, Gender.MEN, 3, Gender.ALL, 6);

    @Override
    public List<Finding> check(YearData data) {
        List<Finding> findings = new ArrayList<>();
        Optional<ReportedTable> workforce = data.table("2.4");
        if (workforce.isEmpty()) {
            return findings;
        }
        ReportedTable t24 = workforce.get();
        data.table("2.11").ifPresent(t211 -> {
            for (Gender gender : Gender.values()) {
                BigDecimal expected = headcount(t24, gender);
                BigDecimal actual = cell(t211, Genders.row(t211, gender), 0);
                if (expected != null && actual != null && expected.compareTo(actual) != 0) {
                    findings.add(new Finding(SAME_POPULATION, Severity.ERROR, List.of("2.11", "2.4"), List.of(),
                            "«Totalt antall ansatte» (" + gender.label + ") i tabell 2.11 er " + Numbers.format(actual)
                                    + ", men tabell 2.4 har " + Numbers.format(expected) + ". Begge teller ansatte pr. 31.12.",
                            Numbers.format(expected), Numbers.format(actual)));
                }
            }
        });
        data.table("2.10").ifPresent(t210 -> atLeast(findings, t24, List.of(t210), 4,
                "ansettelsesforhold (fast og midlertidig) i tabell 2.10",
                "en ansatt kan ha både fast og midlertidig stilling (se merknaden under tabell 2.10)"));
        List<ReportedTable> payTables = data.tables().stream()
                .filter(t -> List.of("2.7", "2.8", "2.9").contains(t.number())).toList();
        if (payTables.size() == 3) {
            atLeast(findings, t24, payTables, -1, "ansatte i lønnstabellene 2.7–2.9 til sammen",
                    "en ansatt kan ha stillinger i flere lønnskapitler og stillingsgrupper");
        }
        return findings;
    }

    /**
     * Another count of the workforce, per gender, against 2.4: at least as many (an info finding saying by
     * how many and why), never fewer (an error).
     *
     * @param column the other tables' column per gender row, or -1 for the pay tables' gender columns
     */
    private static void atLeast(List<Finding> findings, ReportedTable t24, List<ReportedTable> others, int column,
            String what, String why) {
        List<String> numbers = new ArrayList<>(others.stream().map(ReportedTable::number).toList());
        numbers.add("2.4");
        List<String> more = new ArrayList<>();
        String expected = null;
        String actual = null;
        for (Gender gender : Gender.values()) {
            BigDecimal persons = headcount(t24, gender);
            BigDecimal other = BigDecimal.ZERO;
            for (ReportedTable table : others) {
                BigDecimal value = column >= 0 ? cell(table, Genders.row(table, gender), column) : payTableTotal(table, gender);
                if (value == null) {
                    return;
                }
                other = other.add(value);
            }
            if (persons == null) {
                return;
            }
            if (other.compareTo(persons) < 0) {
                findings.add(new Finding(SAME_POPULATION, Severity.ERROR, numbers, List.of(),
                        "Antall " + what + " (" + gender.label + ") er lavere enn antall ansatte i tabell 2.4.",
                        "minst " + Numbers.format(persons), Numbers.format(other)));
            } else if (other.compareTo(persons) > 0) {
                more.add(gender.label + " " + Numbers.format(other) + " mot " + Numbers.format(persons));
            }
            if (gender == Gender.ALL) {
                expected = "minst " + Numbers.format(persons);
                actual = Numbers.format(other);
            }
        }
        if (!more.isEmpty()) {
            findings.add(new Finding(SAME_POPULATION, Severity.INFO, numbers, List.of(),
                    "Antall " + what + " er høyere enn antall ansatte i tabell 2.4 (" + String.join("; ", more)
                            + "). Det er ventet: " + why + ".",
                    expected, actual));
        }
    }

    private static BigDecimal headcount(ReportedTable t24, Gender gender) {
        return cell(t24, TableRows.totals(t24).stream().findFirst().orElse(-1), HEADCOUNT_24.get(gender));
    }

    /** A pay table's total persons of one gender: its total row, columns women 0, men 2, all 4. */
    private static BigDecimal payTableTotal(ReportedTable table, Gender gender) {
        int column = switch (gender) {
            case WOMEN -> 0;
            case MEN -> 2;
            case ALL -> 4;
        };
        return cell(table, TableRows.totals(table).stream().findFirst().orElse(-1), column);
    }

    private static BigDecimal cell(ReportedTable table, int row, int column) {
        if (row < 0 || column >= table.columns().size()) {
            return null;
        }
        return HrCells.value(table.rows().get(row).cells().get(column));
    }
}
