package org.coophub.dashboard.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turnaround durations of one kind, with the implausible ones kept apart: a negative duration (a
 * clock wrong somewhere) or one beyond {@code ceiling} is counted, never averaged in.
 */
final class Durations {

    private final Duration ceiling;
    private final List<Long> millis = new ArrayList<>();
    private long implausible;

    Durations(Duration ceiling) {
        this.ceiling = ceiling;
    }

    void add(Long from, Long to) {
        if (from == null || to == null) {
            return;
        }
        long duration = to - from;
        if (duration < 0 || duration > ceiling.toMillis()) {
            implausible++;
        } else {
            millis.add(duration);
        }
    }

    long count() {
        return millis.size();
    }

    long implausible() {
        return implausible;
    }

    /** The median in {@code unit}s, 0 with no sample (scripts rely on a number). */
    double median(Duration unit) {
        if (millis.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        double median =
                sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Math.round(median / unit.toMillis() * 100) / 100.0;
    }
}
