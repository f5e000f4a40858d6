package org.coophub.dashboard.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.coophub.dashboard.lifecycle.FigureCell;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.dashboard.responsiveness.GatewayLags;
import org.coophub.schemas.directory.PartyProfile;

/**
 * The figures managers read, answered from the latest {@link Snapshot} (each answer computed once
 * per snapshot), except a request's page, which is a point lookup in the lifecycles.
 */
public class Figures {

    /** Beyond this, an acknowledgement time says more about a clock than about a party. */
    static final Duration ACKNOWLEDGE_CEILING = FigureCell.ACKNOWLEDGE_CEILING;

    static final Duration EXECUTE_CEILING = FigureCell.RESPONSE_CEILING;

    private final DashboardStores stores;
    private final Snapshots snapshots;
    private final GatewayLags lags;
    private final Duration alertBefore;
    private final Clock clock;

    /** Figures from a snapshot taken afresh for every answer: for tests and tools, not for a server. */
    public Figures(DashboardStores stores, Clock clock) {
        this(stores, () -> SnapshotBuilder.build(stores, clock.instant()), Map::of, Duration.ofDays(7), clock);
    }

    public Figures(DashboardStores stores, Snapshots snapshots, GatewayLags lags, Duration alertBefore, Clock clock) {
        this.stores = stores;
        this.snapshots = snapshots;
        this.lags = lags;
        this.alertBefore = alertBefore;
        this.clock = clock;
    }

    public Summary summary() {
        return summary(Filter.NONE);
    }

    public Summary summary(Filter filter) {
        Snapshot snapshot = snapshot(filter);
        return snapshot.answer(List.of("summary", filter), () -> Summaries.of(snapshot, filter));
    }

    /** Open requests past their due date, the longest overdue first. */
    public List<OverdueRequest> overdue() {
        return overdue(Filter.NONE);
    }

    public List<OverdueRequest> overdue(Filter filter) {
        Snapshot snapshot = snapshot(filter);
        return snapshot.answer(List.of("overdue", filter), () -> Summaries.overdue(snapshot, filter));
    }

    /** Warrants issued whose person is still at large, the oldest first. */
    public List<OutstandingWarrant> outstandingWarrants() {
        return snapshots.current().warrants();
    }

    public Breakdown breakdown(Period period, Filter filter) {
        Snapshot snapshot = snapshot(filter);
        return snapshot.answer(
                List.of("breakdown", period, filter),
                () -> new Breakdown(snapshot.asOf(), period.toString(), Breakdowns.rows(snapshot, period, filter)));
    }

    public Turnaround turnaround(TurnaroundBy by, Filter filter) {
        Snapshot snapshot = snapshot(filter);
        return snapshot.answer(
                List.of("turnaround", by, filter),
                () -> new Turnaround(snapshot.asOf(), by.toString(), Turnarounds.rows(snapshot, by, filter)));
    }

    public Backlog backlog(Period period, Filter filter) {
        Snapshot snapshot = snapshot(filter);
        return snapshot.answer(
                List.of("backlog", period, filter),
                () -> new Backlog(snapshot.asOf(), period.toString(), Breakdowns.backlog(snapshot, period, filter)));
    }

    /** Computed on every call: the gateways' offsets are polled apart from the snapshot. */
    public Responsiveness responsiveness() {
        return ResponsivenessFigures.of(snapshots.current(), lags.current(), alertBefore);
    }

    public FilterOptions filters() {
        Snapshot snapshot = snapshots.current();
        return snapshot.answer(List.of("filters"), () -> {
            TreeSet<String> codes = new TreeSet<>(snapshot.directory().keySet());
            TreeSet<String> months = new TreeSet<>();
            snapshot.cells().forEach(cell -> {
                codes.add(cell.party());
                months.add(cell.month().toString());
            });
            List<FilterOptions.Party> parties = new ArrayList<>();
            for (String code : codes) {
                PartyProfile profile = snapshot.directory().get(code);
                parties.add(new FilterOptions.Party(
                        code, profile == null ? code : profile.getName(), snapshot.group(code)));
            }
            return new FilterOptions(parties, Filter.GROUPS, Filter.TYPES, List.copyOf(months));
        });
    }

    public Optional<RequestView> request(String requestId) {
        RequestLifecycle lifecycle = stores.requests().get(requestId);
        if (lifecycle == null || lifecycle.dispatchedAt() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Optional.of(new RequestView(
                lifecycle.requestId(),
                lifecycle.party(),
                lifecycle.underSeal() ? null : lifecycle.requestType(),
                lifecycle.underSeal(),
                lifecycle.currentStatus(),
                lifecycle.revision(),
                instant(lifecycle.dispatchedAt()),
                instant(lifecycle.acknowledgedAt()),
                instant(lifecycle.executedAt()),
                instant(lifecycle.firstResponseAt()),
                instant(lifecycle.closedAt()),
                lifecycle.dueBy() == null ? null : LocalDate.ofEpochDay(lifecycle.dueBy()),
                lifecycle.open(),
                lifecycle.open() && lifecycle.dueBy() != null && lifecycle.dueBy() < today.toEpochDay(),
                lifecycle.timeline().stream()
                        .map(step -> new RequestView.Event(
                                step.kind(), Instant.ofEpochMilli(step.at()), step.revision(), step.status()))
                        .toList(),
                lifecycle.imported(),
                lifecycle.importSource()));
    }

    public Optional<PartyView> party(String code) {
        Snapshot snapshot = snapshots.current();
        PartyProfile profile = snapshot.directory().get(code);
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(snapshot.answer(List.of("party", code), () -> Summaries.party(snapshot, profile)));
    }

    private Snapshot snapshot(Filter filter) {
        Snapshot snapshot = snapshots.current();
        if (filter.party() != null && !snapshot.knows(filter.party())) {
            throw new UnknownFilter(
                    "party=" + filter.party() + ": not in the directory, and no request was sent to it");
        }
        return snapshot;
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
