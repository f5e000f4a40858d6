package org.coophub.dashboard.lifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Durations on a log scale, as a store keeps them: bucket → {count, sum of millis}, sparse.
 * Bucket 0 holds what is under a minute; bucket {@code i ≥ 1} holds {@code [1 min × 1.02^(i-1),
 * 1 min × 1.02^i)}, up to ten years. A duration that is negative or beyond its ceiling says more
 * about a clock than about a party: it is counted in {@code implausible}, never in a bucket.
 *
 * <p>Adding then removing the same duration gives back the same histogram, so a lifecycle's
 * contribution can be retracted exactly. The bucket's sum lets a percentile read the mean of its
 * bucket: within 2 % of the exact value, and exact when the bucket's samples are equal.
 */
public record Histogram(Map<Integer, long[]> buckets, long implausible) {

    /** Relative width of a bucket. */
    static final double GROWTH = 1.02;

    static final long MINUTE = 60_000;

    /** Beyond this, any duration is implausible. */
    public static final Duration RANGE = Duration.ofDays(3653);

    static final int BUCKETS = bucket(RANGE.toMillis()) + 1;

    public static final Histogram EMPTY = new Histogram(Map.of(), 0);

    public Histogram {
        buckets = buckets == null ? Map.of() : buckets;
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
            return new Histogram(buckets, implausible + sign);
        }
        TreeMap<Integer, long[]> changed = new TreeMap<>(buckets);
        long[] old = changed.getOrDefault(bucket(millis), new long[2]);
        long[] now = {old[0] + sign, old[1] + sign * millis};
        if (now[0] == 0) {
            changed.remove(bucket(millis));
        } else {
            changed.put(bucket(millis), now);
        }
        return new Histogram(changed, implausible);
    }

    /** The sum of both, bucket by bucket. */
    public Histogram merge(Histogram other) {
        TreeMap<Integer, long[]> merged = new TreeMap<>(buckets);
        other.buckets.forEach((bucket, entry) ->
                merged.merge(bucket, entry.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        merged.values().removeIf(entry -> entry[0] == 0);
        return new Histogram(merged, implausible + other.implausible);
    }

    /** How many plausible durations it holds. */
    public long count() {
        return buckets.values().stream().mapToLong(entry -> entry[0]).sum();
    }

    public boolean isEmpty() {
        return buckets.isEmpty() && implausible == 0;
    }

    /** The {@code q}-quantile in millis (0 when empty), to bucket precision; see {@link HistogramSum}. */
    public double percentile(double q) {
        return new HistogramSum().add(this).percentile(q);
    }

    /** The longest duration in millis (0 when empty), to bucket precision. */
    public double max() {
        return new HistogramSum().add(this).max();
    }
}
