package org.coophub.dashboard.summary;

import java.time.Duration;
import org.coophub.dashboard.lifecycle.HistogramSum;

/**
 * One turnaround distribution ("D" in the contract): p50, p90 and max in {@code unit}s to bucket
 * precision (within 2 %), 0 when {@code count} is 0; {@code implausible} durations are left out.
 */
public record Distribution(long count, double p50, double p90, double max, long implausible, String unit) {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    static Distribution of(HistogramSum sum, Duration unit) {
        return new Distribution(
                sum.count(),
                in(sum.percentile(0.5), unit),
                in(sum.percentile(0.9), unit),
                in(sum.max(), unit),
                sum.implausible(),
                unit.equals(HOUR) ? "hours" : "days");
    }

    /** Millis in {@code unit}s, to two decimals. */
    static double in(double millis, Duration unit) {
        return Math.round(millis / unit.toMillis() * 100) / 100.0;
    }
}
