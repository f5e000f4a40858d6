package org.coophub.dashboard.lifecycle;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link FigureCell} as the figures' snapshot holds it: one array of longs, about a third of the
 * objects' size, so that a snapshot of every cell fits a small heap twice over (the one served and
 * the one being built). Its layout: the ten counters in the order of {@link FigureCell}; the number
 * of closure months, then {@code month << 32 | count} for each ({@code month} = year × 12 + month
 * - 1); then for each histogram (acknowledge, firstResponse, closure, execute) its implausible
 * count, its number of buckets, and one long per bucket: {@code bucket << 54 | mean << 38 |
 * count}, where {@code mean} places the mean of the bucket's durations within the bucket in 1/65535
 * steps (so a percentile is off by no more than 2 % of a millionth of itself from the stored mean).
 */
public final class PackedFigures {

    public static final int ACKNOWLEDGE = 0;
    public static final int FIRST_RESPONSE = 1;
    public static final int CLOSURE = 2;
    public static final int EXECUTE = 3;

    private static final int COUNTERS = 10;
    private static final long COUNT_MASK = (1L << 38) - 1;
    private static final double STEPS = 65_535;

    private final long[] packed;

    private PackedFigures(long[] packed) {
        this.packed = packed;
    }

    /** The month and count of one closure month. */
    @FunctionalInterface
    public interface ClosedMonth {
        void accept(YearMonth month, long count);
    }

    public static PackedFigures of(FigureCell cell) {
        long[] stored = cell.stored();
        int closures = (int) stored[COUNTERS];
        int length = COUNTERS + 1 + closures;
        int at = COUNTERS + 1 + 2 * closures;
        for (int h = 0; h < 4; h++) {
            int entries = (int) stored[at + 1];
            length += 2 + entries / 3;
            at += 2 + entries;
        }
        long[] packed = new long[length];
        System.arraycopy(stored, 0, packed, 0, COUNTERS + 1);
        int from = COUNTERS + 1;
        int to = COUNTERS + 1;
        for (int i = 0; i < closures; i++, from += 2) {
            packed[to++] = stored[from] << 32 | stored[from + 1];
        }
        for (int h = 0; h < 4; h++) {
            packed[to++] = stored[from++];
            int entries = (int) stored[from++];
            packed[to++] = entries / 3;
            for (int e = 0; e < entries; e += 3, from += 3) {
                packed[to++] = pack((int) stored[from], stored[from + 1], stored[from + 2]);
            }
        }
        return new PackedFigures(packed);
    }

    private static long pack(int bucket, long count, long sum) {
        double low = lowerBound(bucket);
        double width = Histogram.upperBound(bucket) - low;
        double place = Math.max(0, Math.min(1, ((double) sum / count - low) / width));
        return (long) bucket << 54 | Math.round(place * STEPS) << 38 | (count & COUNT_MASK);
    }

    private static double lowerBound(int bucket) {
        return bucket == 0 ? 0 : Histogram.upperBound(bucket - 1);
    }

    /** The cell again, its sums rebuilt from the means: to add the same key from another task. */
    public FigureCell unpack() {
        Map<String, Long> closed = new TreeMap<>();
        int at = COUNTERS;
        int closures = (int) packed[at++];
        for (int i = 0; i < closures; i++, at++) {
            long month = packed[at] >>> 32;
            closed.put(YearMonth.of((int) (month / 12), (int) (month % 12) + 1).toString(), packed[at] & 0xFFFF_FFFFL);
        }
        Histogram[] histograms = new Histogram[4];
        for (int h = 0; h < 4; h++) {
            long implausible = packed[at++];
            int buckets = (int) packed[at++];
            long[] entries = new long[3 * buckets];
            for (int b = 0; b < buckets; b++, at++) {
                int bucket = (int) (packed[at] >>> 54);
                long count = packed[at] & COUNT_MASK;
                entries[3 * b] = bucket;
                entries[3 * b + 1] = count;
                entries[3 * b + 2] = Math.round(count * mean(bucket, packed[at]));
            }
            histograms[h] = new Histogram(entries, implausible);
        }
        return new FigureCell(
                packed[0],
                packed[1],
                packed[2],
                packed[3],
                packed[4],
                packed[5],
                packed[6],
                packed[7],
                packed[8],
                packed[9],
                closed,
                histograms[0],
                histograms[1],
                histograms[2],
                histograms[3]);
    }

    private static double mean(int bucket, long entry) {
        double low = lowerBound(bucket);
        return low + ((entry >>> 38) & 0xFFFF) / STEPS * (Histogram.upperBound(bucket) - low);
    }

    public long dispatched() {
        return packed[0];
    }

    public long acknowledged() {
        return packed[1];
    }

    public long inProgress() {
        return packed[2];
    }

    public long inConsultation() {
        return packed[3];
    }

    public long executed() {
        return packed[4];
    }

    public long partlyExecuted() {
        return packed[5];
    }

    public long postponed() {
        return packed[6];
    }

    public long refused() {
        return packed[7];
    }

    public long withdrawn() {
        return packed[8];
    }

    public long open() {
        return packed[9];
    }

    public void forEachClosed(ClosedMonth action) {
        int closures = (int) packed[COUNTERS];
        for (int at = COUNTERS + 1; at <= COUNTERS + closures; at++) {
            long month = packed[at] >>> 32;
            action.accept(YearMonth.of((int) (month / 12), (int) (month % 12) + 1), packed[at] & 0xFFFF_FFFFL);
        }
    }

    /** Adds one of the histograms ({@link #ACKNOWLEDGE} ...) to {@code sum}. */
    public void addTo(int histogram, HistogramSum sum) {
        int at = COUNTERS + 1 + (int) packed[COUNTERS];
        for (int h = 0; h < histogram; h++) {
            at += 2 + (int) packed[at + 1];
        }
        sum.addImplausible(packed[at]);
        int buckets = (int) packed[at + 1];
        for (int b = 0, i = at + 2; b < buckets; b++, i++) {
            int bucket = (int) (packed[i] >>> 54);
            long count = packed[i] & COUNT_MASK;
            sum.add(bucket, count, count * mean(bucket, packed[i]));
        }
    }
}
