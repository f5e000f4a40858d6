package org.coophub.dashboard.lifecycle;

import java.time.Duration;
import java.util.Arrays;

/**
 * Durations on a log scale, sparse: {@code entries} holds {@code bucket, count, sum of millis}
 * triples in ascending bucket order, nothing for an empty bucket. Bucket 0 holds what is under a
 * minute; bucket {@code i ≥ 1} holds {@code [1 min × 1.02^(i-1), 1 min × 1.02^i)}, up to ten
 * years. A duration that is negative or beyond its ceiling says more about a clock than about a
 * party: it is counted in {@code implausible}, never in a bucket.
 *
 * <p>Adding then removing the same duration gives back the same histogram, so a lifecycle's
 * contribution can be retracted exactly. The bucket's sum lets a percentile read the mean of its
 * bucket: within 2 % of the exact value, and exact when the bucket's samples are equal.
 */
public record Histogram(long[] entries, long implausible) {

    /** Relative width of a bucket. */
    static final double GROWTH = 1.02;

    static final long MINUTE = 60_000;

    /** Beyond this, any duration is implausible. */
    public static final Duration RANGE = Duration.ofDays(3653);

    static final int BUCKETS = bucket(RANGE.toMillis()) + 1;

    public static final Histogram EMPTY = new Histogram(new long[0], 0);

    public Histogram {
        entries = entries == null ? new long[0] : entries;
    }

    /** The bucket of a plausible duration. */
    static int bucket(long millis) {
        if (millis < MINUTE) {
            return 0;
        }
        return 1 + (int) Math.floor(Math.log((double) millis / MINUTE) / Math.log(GROWTH));
    }

    /** The exclusive upper bound of a bucket, in millis. */
    static long upperBound(int bucket) {
        return Math.round(MINUTE * Math.pow(GROWTH, bucket));
    }

    /** Whether a duration is counted apart: negative, or beyond {@code ceiling} or the range. */
    static boolean implausible(long millis, Duration ceiling) {
        return millis < 0 || millis > ceiling.toMillis() || millis > RANGE.toMillis();
    }

    /** This histogram with a duration added ({@code sign} 1) or retracted (-1). */
    public Histogram with(long millis, Duration ceiling, int sign) {
        if (implausible(millis, ceiling)) {
            return new Histogram(entries, implausible + sign);
        }
        return merge(new Histogram(new long[] {bucket(millis), sign, sign * millis}, 0));
    }

    /** The sum of both, bucket by bucket; a bucket whose count falls to 0 goes. */
    public Histogram merge(Histogram other) {
        long[] a = entries;
        long[] b = other.entries;
        long[] merged = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                System.arraycopy(a, i, merged, n, 3);
                i += 3;
            } else if (i >= a.length || b[j] < a[i]) {
                System.arraycopy(b, j, merged, n, 3);
                j += 3;
            } else {
                merged[n] = a[i];
                merged[n + 1] = a[i + 1] + b[j + 1];
                merged[n + 2] = a[i + 2] + b[j + 2];
                i += 3;
                j += 3;
            }
            n += merged[n + 1] == 0 ? 0 : 3;
        }
        return new Histogram(n == merged.length ? merged : Arrays.copyOf(merged, n), implausible + other.implausible);
    }

    /** How many plausible durations it holds. */
    public long count() {
        long count = 0;
        for (int i = 1; i < entries.length; i += 3) {
            count += entries[i];
        }
        return count;
    }

    /** No duration at all, plausible or not. */
    public boolean hasNoDuration() {
        return entries.length == 0 && implausible == 0;
    }

    /** The {@code q}-quantile in millis (0 when empty), to bucket precision; see {@link HistogramSum}. */
    public double percentile(double q) {
        return new HistogramSum().add(this).percentile(q);
    }

    /** The longest duration in millis (0 when empty), to bucket precision. */
    public double max() {
        return new HistogramSum().add(this).max();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram histogram
                && implausible == histogram.implausible
                && Arrays.equals(entries, histogram.entries);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(entries) + Long.hashCode(implausible);
    }

    @Override
    public String toString() {
        return "Histogram" + Arrays.toString(entries) + "+" + implausible;
    }
}
