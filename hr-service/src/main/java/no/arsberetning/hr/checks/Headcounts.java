package no.arsberetning.hr.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.arsberetning.common.checks.ChapterData;
import no.arsberetning.common.checks.Claim;
import no.arsberetning.common.checks.ClaimCatalog;
import no.arsberetning.common.checks.Expr;
import no.arsberetning.common.tables.ReportedTable;
import no.arsberetning.hr.checks.Genders.Gender;
import no.arsberetning.hr.tables.ColumnLabels;
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
class Headcounts extends ClaimCatalog {

    static final String SAME_POPULATION = "hr-headcount-across-tables";

    /** Table 2.4's headcount columns per gender (value-column indexes). */
    private static final Map<Gender, Integer> HEADCOUNT_24 = Map.of(Gender.WOMEN, 0, Gender.MEN, 3, Gender.ALL, 6);

    @Override
    public List<Claim> claims(ChapterData data) {
        List<Claim> claims = new ArrayList<>();
        Optional<ReportedTable> workforce = numbered(data, "2.4");
        if (workforce.isEmpty() || firstTotal(workforce.get()) < 0) {
            return claims;
        }
        ReportedTable t24 = workforce.get();
        numbered(data, "2.11").ifPresent(t211 -> {
            for (Gender gender : Gender.values()) {
                int row = Genders.row(t211, gender);
                if (row >= 0) {
                    String label = ColumnLabels.of(t211).get(0);
                    claims.add(Claim.equal(SAME_POPULATION, count(t211, row, 0), headcount(t24, gender),
                            "«" + label + "» (" + gender.label + ") i tabell 2.11 er {actual}, men tabell 2.4 har {expected}. "
                                    + "Begge teller ansatte pr. 31.12"));
                }
            }
        });
        numbered(data, "2.10").ifPresent(t210 -> atLeast(claims, t24, List.of(t210), 4,
                "ansettelsesforhold (fast og midlertidig) i tabell 2.10",
                "en ansatt kan ha både fast og midlertidig stilling (se merknaden under tabell 2.10)"));
        List<ReportedTable> payTables = data.tables().stream().filter(t -> List.of("2.7", "2.8", "2.9").contains(t.number())).toList();
        if (payTables.size() == 3) {
            atLeast(claims, t24, payTables, -1, "ansatte i lønnstabellene 2.7–2.9 til sammen",
                    "en ansatt kan ha stillinger i flere lønnskapitler og stillingsgrupper");
        }
        return claims;
    }

    /**
     * Another count of the workforce, per gender, against 2.4: never fewer (an error); more in all is an info
     * saying by how many and why.
     *
     * @param column the other tables' column per gender row, or -1 for the pay tables' gender columns
     */
    private static void atLeast(List<Claim> claims, ReportedTable t24, List<ReportedTable> others, int column, String what,
            String why) {
        for (Gender gender : Gender.values()) {
            List<Expr> counts = new ArrayList<>();
            for (ReportedTable table : others) {
                int row = column >= 0 ? Genders.row(table, gender) : firstTotal(table);
                int c = column >= 0 ? column : payColumn(gender);
                if (row < 0 || c >= table.columns().size()) {
                    return;
                }
                counts.add(count(table, row, c));
            }
            Claim claim = Claim.atLeast(SAME_POPULATION, Expr.sum(counts), headcount(t24, gender),
                    "Antall " + what + " (" + gender.label + ") er lavere enn antall ansatte i tabell 2.4");
            claims.add(gender == Gender.ALL ? claim.noteSlack("Antall " + what + " er {difference} høyere enn antall ansatte i "
                    + "tabell 2.4 ({actual} mot {expected}). Det er ventet: " + why + ".") : claim);
        }
    }

    private static Expr headcount(ReportedTable t24, Gender gender) {
        return count(t24, firstTotal(t24), HEADCOUNT_24.get(gender));
    }

    /** A pay table's persons of one gender: columns women 0, men 2, all 4. */
    private static int payColumn(Gender gender) {
        return switch (gender) {
            case WOMEN -> 0;
            case MEN -> 2;
            case ALL -> 4;
        };
    }

    private static Expr count(ReportedTable table, int row, int column) {
        return Expr.count(table.key(), table.rows().get(row).key(), table.columns().get(column).key());
    }

    private static Optional<ReportedTable> numbered(ChapterData data, String number) {
        return data.tables().stream().filter(t -> number.equals(t.number())).findFirst();
    }

    private static int firstTotal(ReportedTable table) {
        return TableRows.totals(table).stream().findFirst().orElse(-1);
    }
}
