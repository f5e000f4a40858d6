package org.coophub.dashboard.lifecycle;

/**
 * Many {@link Histogram}s summed into dense arrays, to read percentiles from: the figures merge
 * thousands of cells per answer, which a dense array does without allocating.
 *
 * <p>A percentile interpolates between the two ranks around {@code q × (n - 1)}, as the median of
 * an even sample is the mean of its two middle values; the value at a rank is the mean of the
 * durations in its bucket.
 */
public final class HistogramSum {

    private final long[] counts = new long[Histogram.BUCKETS];
    private final double[] sums = new double[Histogram.BUCKETS];
    private long count;
    private long implausible;

    public HistogramSum add(Histogram histogram) {
        long[] entries = histogram.entries();
        for (int i = 0; i < entries.length; i += 3) {
            int at = (int) Math.min(entries[i], counts.length - 1);
            counts[at] += entries[i + 1];
            sums[at] += entries[i + 2];
            count += entries[i + 1];
        }
        implausible += histogram.implausible();
        return this;
    }

    /** Adds {@code count} durations of this bucket, whose sum is {@code sum} millis. */
    public void add(int bucket, long count, double sum) {
        int at = Math.min(bucket, counts.length - 1);
        counts[at] += count;
        sums[at] += sum;
        this.count += count;
    }

    public void addImplausible(long implausible) {
        this.implausible += implausible;
    }

    public HistogramSum add(HistogramSum other) {
        for (int bucket = 0; bucket < counts.length; bucket++) {
            counts[bucket] += other.counts[bucket];
            sums[bucket] += other.sums[bucket];
        }
        count += other.count;
        implausible += other.implausible;
        return this;
    }

    public long count() {
        return count;
    }

    public long implausible() {
        return implausible;
    }

    /** The {@code q}-quantile in millis, 0 with no sample. */
    public double percentile(double q) {
        if (count == 0) {
            return 0;
        }
        double position = q * (count - 1);
        long lower = (long) Math.floor(position);
        long upper = (long) Math.ceil(position);
        double low = valueAt(lower);
        return low + (valueAt(upper) - low) * (position - lower);
    }

    /** The mean of the highest non-empty bucket in millis, 0 with no sample. */
    public double max() {
        return count == 0 ? 0 : valueAt(count - 1);
    }

    /** The mean of the bucket holding the sample of this rank (0-based, in ascending order). */
    private double valueAt(long rank) {
        long seen = 0;
        for (int bucket = 0; bucket < counts.length; bucket++) {
            seen += counts[bucket];
            if (seen > rank) {
                return sums[bucket] / counts[bucket];
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + count);
    }
}
