package org.coophub.dashboard.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coophub.dashboard.lifecycle.PackedFigures;

/** The breakdown by party, type and period, and the backlog by period, from a snapshot. */
final class Breakdowns {

    private static final int OVERDUE = 10;

    private Breakdowns() {}

    private record RowKey(String period, String party, String type) {}

    static List<BreakdownRow> rows(Snapshot snapshot, Period period, Filter filter) {
        Map<RowKey, long[]> rows = new HashMap<>();
        Map<YearMonth, String> labels = new HashMap<>();
        for (Cell cell : snapshot.cells()) {
            if (cell.matches(filter)) {
                String label = labels.computeIfAbsent(cell.month(), period::label);
                add(rows.computeIfAbsent(new RowKey(label, cell.party(), cell.type()), k -> new long[11]), cell);
            }
        }
        LocalDate today = snapshot.today();
        for (Open open : snapshot.open()) {
            if (open.matches(filter) && open.overdue(today)) {
                String label = labels.computeIfAbsent(open.month(), period::label);
                RowKey key =
                        new RowKey(label, open.request().party(), open.request().requestType());
                rows.computeIfAbsent(key, k -> new long[11])[OVERDUE]++;
            }
        }
        List<BreakdownRow> table = new ArrayList<>(rows.size());
        rows.forEach((key, c) -> table.add(new BreakdownRow(
                key.party(),
                key.type(),
                key.period(),
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                c[6],
                c[7],
                c[8],
                c[9],
                c[OVERDUE])));
        table.sort(Comparator.comparing(BreakdownRow::period)
                .thenComparing(BreakdownRow::party)
                .thenComparing(BreakdownRow::requestType));
        return table;
    }

    private static void add(long[] c, Cell cell) {
        PackedFigures f = cell.figures();
        c[0] += f.dispatched();
        c[1] += f.acknowledged();
        c[2] += f.inProgress();
        c[3] += f.inConsultation();
        c[4] += f.executed();
        c[5] += f.partlyExecuted();
        c[6] += f.postponed();
        c[7] += f.refused();
        c[8] += f.withdrawn();
        c[9] += f.open();
    }

    /** Every period from the first dispatch or closure to the last, with what came in and went out. */
    static List<BacklogRow> backlog(Snapshot snapshot, Period period, Filter filter) {
        Map<YearMonth, long[]> months = new HashMap<>();
        for (Cell cell : snapshot.cells()) {
            if (cell.matches(filter)) {
                months.computeIfAbsent(cell.month(), m -> new long[2])[0] +=
                        cell.figures().dispatched();
                cell.figures()
                        .forEachClosed((month, count) -> months.computeIfAbsent(month, m -> new long[2])[1] += count);
            }
        }
        if (months.isEmpty()) {
            return List.of();
        }
        YearMonth first =
                months.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        YearMonth last = months.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        Map<String, long[]> periods = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long[] counts = months.getOrDefault(month, new long[2]);
            long[] sum = periods.computeIfAbsent(period.label(month), p -> new long[2]);
            sum[0] += counts[0];
            sum[1] += counts[1];
        }
        List<BacklogRow> rows = new ArrayList<>(periods.size());
        long open = 0;
        for (Map.Entry<String, long[]> entry : periods.entrySet()) {
            open += entry.getValue()[0] - entry.getValue()[1];
            rows.add(new BacklogRow(entry.getKey(), entry.getValue()[0], entry.getValue()[1], open));
        }
        return rows;
    }
}
