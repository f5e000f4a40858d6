package org.coophub.dashboard.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.coophub.dashboard.lifecycle.PackedFigures;
import org.coophub.schemas.directory.PartyProfile;

/**
 * Reads the stores into a {@link Snapshot}: only the figure cells, the open requests, the warrants
 * and the directory, never a lifecycle, so its cost grows with parties × types × months and with
 * the open requests, not with every request ever sent.
 */
public final class SnapshotBuilder {

    private SnapshotBuilder() {}

    public static Snapshot build(DashboardStores stores, Instant asOf) {
        Map<String, PartyProfile> directory = new TreeMap<>();
        Map<String, String> groups = new HashMap<>();
        forEach(stores.directory(), (code, profile) -> {
            directory.put(code, profile);
            groups.put(
                    code,
                    profile.getRegionalGroup() == null
                            ? "OTHER"
                            : profile.getRegionalGroup().name());
        });

        // the store's all() over every local task can return a key once per task: sum them
        Map<String, PackedFigures> summed = new HashMap<>();
        forEach(
                stores.figures(),
                (key, cell) -> summed.merge(
                        key,
                        PackedFigures.of(cell),
                        (known, same) -> PackedFigures.of(known.unpack().plus(cell))));
        Map<String, String> names = new HashMap<>();
        Map<String, YearMonth> months = new HashMap<>();
        List<Cell> cells = new ArrayList<>(summed.size());
        summed.forEach((key, cell) -> {
            int first = key.indexOf('|');
            int second = key.indexOf('|', first + 1);
            String party = names.computeIfAbsent(key.substring(0, first), name -> name);
            groups.putIfAbsent(party, "OTHER");
            cells.add(new Cell(
                    party,
                    groups.get(party),
                    names.computeIfAbsent(key.substring(first + 1, second), name -> name),
                    months.computeIfAbsent(key.substring(second + 1), SnapshotBuilder::month),
                    cell));
        });

        List<Open> open = new ArrayList<>();
        forEach(stores.openRequests(), (id, request) -> {
            groups.putIfAbsent(request.party(), "OTHER");
            open.add(new Open(
                    request,
                    groups.get(request.party()),
                    months.computeIfAbsent(request.month(), SnapshotBuilder::month)));
        });
        Snapshot snapshot = new Snapshot(asOf, cells, open, warrants(stores, asOf), directory, groups);
        Summaries.warm(snapshot);
        return snapshot;
    }

    /** {@code yyyy-MM} without a formatter: it is parsed for every cell and open request. */
    static YearMonth month(String month) {
        int dash = month.indexOf('-', 1);
        return YearMonth.of(
                Integer.parseInt(month, 0, dash, 10), Integer.parseInt(month, dash + 1, month.length(), 10));
    }

    private static List<OutstandingWarrant> warrants(DashboardStores stores, Instant now) {
        List<OutstandingWarrant> rows = new ArrayList<>();
        forEach(stores.warrants(), (id, warrant) -> {
            if (warrant.outstanding()) {
                boolean sealed = warrant.underSeal();
                Instant issued = Instant.ofEpochMilli(warrant.issuedAt());
                rows.add(new OutstandingWarrant(
                        warrant.warrantId(),
                        warrant.personReference(),
                        sealed ? null : warrant.personName(),
                        sealed ? null : warrant.caseReference(),
                        sealed,
                        issued,
                        Duration.between(issued, now).toDays(),
                        warrant.partiesAsked(),
                        warrant.lastEvent(),
                        Instant.ofEpochMilli(warrant.lastEventAt())));
            }
        });
        rows.sort(Comparator.comparing(OutstandingWarrant::issuedAt).thenComparing(OutstandingWarrant::warrantId));
        return rows;
    }

    private static <V> void forEach(ReadOnlyKeyValueStore<String, V> store, BiConsumer<String, V> action) {
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (entry.value != null) {
                    action.accept(entry.key, entry.value);
                }
            }
        }
    }
}
