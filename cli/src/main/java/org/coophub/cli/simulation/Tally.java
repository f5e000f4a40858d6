package org.coophub.cli.simulation;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts per party for {@code GET /status}: written by the simulation's threads, read by the server's. */
final class Tally {

    /** One party's counts. */
    static final class Counts {
        final LongAdder dispatched = new LongAdder();
        final LongAdder received = new LongAdder();
        final LongAdder imported = new LongAdder();
        final LongAdder acknowledged = new LongAdder();
        final LongAdder statusUpdates = new LongAdder();
        final LongAdder answered = new LongAdder();
        final LongAdder withdrawn = new LongAdder();
        final LongAdder failures = new LongAdder();

        Map<String, Long> snapshot() {
            var values = new java.util.LinkedHashMap<String, Long>();
            values.put("dispatched", dispatched.sum());
            values.put("received", received.sum());
            values.put("imported", imported.sum());
            values.put("acknowledged", acknowledged.sum());
            values.put("statusUpdates", statusUpdates.sum());
            values.put("answered", answered.sum());
            values.put("withdrawn", withdrawn.sum());
            values.put("failures", failures.sum());
            return values;
        }
    }

    private final Map<String, Counts> parties = new ConcurrentHashMap<>();

    Counts of(String party) {
        return parties.computeIfAbsent(party, code -> new Counts());
    }

    /** Every party's counts, by code. */
    Map<String, Map<String, Long>> snapshot() {
        var snapshot = new TreeMap<String, Map<String, Long>>();
        parties.forEach((party, counts) -> snapshot.put(party, counts.snapshot()));
        return snapshot;
    }
}
