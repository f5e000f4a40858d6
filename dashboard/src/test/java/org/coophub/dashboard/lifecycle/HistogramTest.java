package org.coophub.dashboard.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HistogramTest {

    private static final Duration CEILING = Duration.ofDays(365);

    private static Histogram of(long... millis) {
        Histogram histogram = Histogram.EMPTY;
        for (long duration : millis) {
            histogram = histogram.with(duration, CEILING, 1);
        }
        return histogram;
    }

    @Test
    void bucketsAreNoWiderThanTwoPercentFromAMinuteToTenYears() {
        for (int bucket = 2; bucket < Histogram.BUCKETS; bucket++) {
            double width = (double) Histogram.upperBound(bucket) / Histogram.upperBound(bucket - 1);
            assertThat(width).isCloseTo(1.02, within(0.0001));
        }
        assertThat(Histogram.bucket(Duration.ofSeconds(59).toMillis())).isZero();
        assertThat(Histogram.bucket(Duration.ofMinutes(1).toMillis())).isEqualTo(1);
        assertThat(Histogram.bucket(Histogram.RANGE.toMillis())).isEqualTo(Histogram.BUCKETS - 1);
    }

    @Test
    void readsPercentilesAndMaxWithinTwoPercentOfTheExactValues() {
        Random random = new Random(7);
        long[] samples = LongStream.generate(() -> 60_000
                        + (long) (random.nextDouble() * Duration.ofDays(300).toMillis()))
                .limit(10_001)
                .sorted()
                .toArray();
        Histogram histogram = of(samples);

        assertThat(histogram.count()).isEqualTo(10_001);
        assertThat(histogram.percentile(0.5)).isCloseTo(samples[5_000], within(samples[5_000] * 0.02));
        assertThat(histogram.percentile(0.9)).isCloseTo(samples[9_000], within(samples[9_000] * 0.02));
        assertThat(histogram.max()).isCloseTo(samples[10_000], within(samples[10_000] * 0.02));
    }

    @Test
    void readsTheExactMedianWhenTheSamplesOfEachBucketAreEqual() {
        assertThat(of(hours(5), hours(2)).percentile(0.5)).isEqualTo(hours(3.5));
        assertThat(of(hours(2)).percentile(0.5)).isEqualTo(hours(2));
        assertThat(of(hours(1), hours(2), hours(40)).max()).isEqualTo(hours(40));
    }

    @Test
    void countsNegativeAndOverlongDurationsApart() {
        Histogram histogram = of(-1, hours(3), Duration.ofDays(366).toMillis());

        assertThat(histogram.count()).isEqualTo(1);
        assertThat(histogram.implausible()).isEqualTo(2);
        assertThat(histogram.percentile(0.5)).isEqualTo(hours(3));
        assertThat(Histogram.EMPTY
                        .with(Duration.ofDays(4000).toMillis(), Duration.ofDays(5000), 1)
                        .implausible())
                .as("beyond ten years whatever the ceiling")
                .isEqualTo(1);
    }

    @Test
    void givesBackTheSameHistogramWhenADurationIsRetracted() {
        Histogram before = of(hours(1), hours(2));

        Histogram after = before.with(hours(9), CEILING, 1)
                .with(-5, CEILING, 1)
                .with(hours(9), CEILING, -1)
                .with(-5, CEILING, -1);

        assertThat(after).isEqualTo(before);
        assertThat(of(hours(1)).with(hours(1), CEILING, -1).hasNoDuration()).isTrue();
    }

    @Test
    void mergesBucketByBucket() {
        Histogram merged = of(hours(1), hours(2)).merge(of(hours(2), -1));

        assertThat(merged).isEqualTo(of(hours(1), hours(2), hours(2), -1));
        assertThat(new HistogramSum()
                        .add(of(hours(1)))
                        .add(new HistogramSum().add(of(hours(3))))
                        .percentile(0.5))
                .isEqualTo(hours(2));
    }

    @Test
    void answersZeroWhenEmpty() {
        assertThat(Histogram.EMPTY.percentile(0.9)).isZero();
        assertThat(Histogram.EMPTY.max()).isZero();
        assertThat(Histogram.EMPTY.count()).isZero();
    }

    private static long hours(double hours) {
        return (long) (hours * 3_600_000);
    }
}
