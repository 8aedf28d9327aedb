package no.arsberetning.keyfigures.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Count, mean, median, minimum and maximum of exact values. The mean is rounded half-even to two decimals more
 * than the measure is published with (the values themselves when that is not known); the median of an even
 * count is the mean of the middle two, exact.
 */
public record Statistics(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {

    static Statistics of(List<BigDecimal> values, Integer decimals) {
        if (values.isEmpty()) {
            return new Statistics(0, null, null, null, null);
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = (decimals != null ? decimals : sorted.stream().mapToInt(v -> Math.max(0, v.scale())).max().orElse(0)) + 2;
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_EVEN);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return new Statistics(n, mean, median, sorted.get(0), sorted.get(n - 1));
    }
}
