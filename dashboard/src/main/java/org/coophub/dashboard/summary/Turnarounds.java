package org.coophub.dashboard.summary;

import static org.coophub.dashboard.summary.Distribution.DAY;
import static org.coophub.dashboard.summary.Distribution.HOUR;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coophub.dashboard.lifecycle.HistogramSum;
import org.coophub.dashboard.lifecycle.PackedFigures;

/** The turnaround distributions, summed over the cells of each key. */
final class Turnarounds {

    private Turnarounds() {}

    /** The three distributions of one key, being summed. */
    static final class Sums {
        final HistogramSum acknowledge = new HistogramSum();
        final HistogramSum firstResponse = new HistogramSum();
        final HistogramSum closure = new HistogramSum();
        final HistogramSum execute = new HistogramSum();

        void add(PackedFigures cell) {
            cell.addTo(PackedFigures.ACKNOWLEDGE, acknowledge);
            cell.addTo(PackedFigures.FIRST_RESPONSE, firstResponse);
            cell.addTo(PackedFigures.CLOSURE, closure);
            cell.addTo(PackedFigures.EXECUTE, execute);
        }

        TurnaroundRow row(String key) {
            return new TurnaroundRow(
                    key,
                    Distribution.of(acknowledge, HOUR),
                    Distribution.of(firstResponse, DAY),
                    Distribution.of(closure, DAY));
        }
    }

    static List<TurnaroundRow> rows(Snapshot snapshot, TurnaroundBy by, Filter filter) {
        return rows(snapshot, by::key, filter);
    }

    static List<TurnaroundRow> rows(Snapshot snapshot, Function<Cell, String> keyOf, Filter filter) {
        Map<String, Sums> sums = new TreeMap<>();
        for (Cell cell : snapshot.cells()) {
            if (cell.matches(filter)) {
                sums.computeIfAbsent(keyOf.apply(cell), k -> new Sums()).add(cell.figures());
            }
        }
        return sums.entrySet().stream()
                .map(entry -> entry.getValue().row(entry.getKey()))
                .toList();
    }

    /** All the matching cells as one. */
    static Sums total(Snapshot snapshot, Filter filter) {
        Sums sums = new Sums();
        for (Cell cell : snapshot.cells()) {
            if (cell.matches(filter)) {
                sums.add(cell.figures());
            }
        }
        return sums;
    }
}
