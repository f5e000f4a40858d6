package org.coophub.dashboard.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.coophub.schemas.directory.PartyProfile;

/**
 * Everything the figures answer from, read from the stores at {@link #asOf()}: the figure cells
 * (summed across tasks), the open requests, the outstanding warrants and the directory. Immutable;
 * the answers computed from it are kept, so each is computed once per snapshot.
 */
public final class Snapshot {

    private final Instant asOf;
    private final List<Cell> cells;
    private final List<Open> open;
    private final List<OutstandingWarrant> warrants;
    private final Map<String, PartyProfile> directory;
    private final Map<String, String> groups;
    private final Map<Object, Object> answers = new ConcurrentHashMap<>();

    Snapshot(
            Instant asOf,
            List<Cell> cells,
            List<Open> open,
            List<OutstandingWarrant> warrants,
            Map<String, PartyProfile> directory,
            Map<String, String> groups) {
        this.asOf = asOf;
        this.cells = List.copyOf(cells);
        this.open = List.copyOf(open);
        this.warrants = List.copyOf(warrants);
        this.directory = directory;
        this.groups = groups;
    }

    public Instant asOf() {
        return asOf;
    }

    LocalDate today() {
        return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    List<Cell> cells() {
        return cells;
    }

    List<Open> open() {
        return open;
    }

    List<OutstandingWarrant> warrants() {
        return warrants;
    }

    /** Party code → profile, by code. */
    Map<String, PartyProfile> directory() {
        return directory;
    }

    /** The regional group of a party: {@code OTHER} when it has none or is not in the directory. */
    String group(String party) {
        return groups.getOrDefault(party, "OTHER");
    }

    /** Whether the hub knows this party: in the directory, or sent requests. */
    boolean knows(String party) {
        return directory.containsKey(party) || groups.containsKey(party);
    }

    public int cellCount() {
        return cells.size();
    }

    public int openCount() {
        return open.size();
    }

    /** The answer to {@code question}, computed once for this snapshot. */
    @SuppressWarnings("unchecked")
    <T> T answer(Object question, Supplier<T> compute) {
        Object known = answers.get(question);
        if (known == null) {
            known = compute.get();
            answers.putIfAbsent(question, known);
        }
        return (T) known;
    }
}
