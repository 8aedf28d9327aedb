package no.arsberetning.hr.pay;

import java.math.BigDecimal;

/**
 * Women's average pay as a percentage of men's in one group of a pay table (ldl. § 26a: «kvinners andel
 * av menns lønn»), computed from the printed averages.
 *
 * @param table printed number of the table it is computed from
 * @param row index of the row in that table
 * @param women number of women in the group, or null when the table gives none (2.6)
 * @param men number of men in the group, or null when the table gives none
 * @param ratio women's average pay in percent of men's, one decimal
 */
public record PayRatio(String table, int row, String group, boolean total, BigDecimal women, BigDecimal men,
        BigDecimal womenPay, BigDecimal menPay, BigDecimal ratio) {

    /** True when both groups are known to have at least {@code threshold} persons. */
    public boolean bothAtLeast(int threshold) {
        BigDecimal limit = BigDecimal.valueOf(threshold);
        return women != null && men != null && women.compareTo(limit) >= 0 && men.compareTo(limit) >= 0;
    }
}
