package no.arsberetning.gateway.reports.document;

import java.util.ArrayList;
import java.util.List;

/** A linear axis from {@code min} to {@code max} that always includes zero, with round tick values. */
final class Scale {

    final double min;
    final double max;
    final double step;

    private Scale(double min, double max, double step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /** An axis covering the values and zero, rounded out to about {@code ticks} steps of 1, 2 or 5 × 10ⁿ. */
    static Scale covering(double low, double high, int ticks) {
        double lo = Math.min(0, low);
        double hi = Math.max(0, high);
        if (hi - lo == 0) {
            hi = 1;
        }
        double raw = (hi - lo) / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * magnitude >= raw) {
                step = f * magnitude;
                break;
            }
        }
        return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** Where {@code value} falls between {@code from} (at min) and {@code to} (at max). */
    double position(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + step / 2; t += step) {
            ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        return ticks;
    }
}
