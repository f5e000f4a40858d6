package org.coophub.dashboard.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.VoluntaryAgreement;

/**
 * Computes the figures from the stores at the moment they are asked for, against the hub's clock
 * (overdue and days since issue depend on today).
 */
public class Figures {

    /** Beyond this, an acknowledgement time says more about a clock than about a party. */
    static final Duration ACKNOWLEDGE_CEILING = Duration.ofDays(365);

    static final Duration EXECUTE_CEILING = Duration.ofDays(3650);

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final DashboardStores stores;
    private final Clock clock;

    public Figures(DashboardStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public Summary summary() {
        LocalDate today = today();
        long[] counts = new long[3];
        Durations acknowledge = new Durations(ACKNOWLEDGE_CEILING);
        Durations execute = new Durations(EXECUTE_CEILING);
        forEach(stores.requests(), lifecycle -> {
            if (lifecycle.dispatchedAt() == null) {
                return; // only the party's side arrived so far: not yet a request the hub knows
            }
            counts[0]++;
            if (lifecycle.open()) {
                counts[1]++;
            }
            if (overdue(lifecycle, today)) {
                counts[2]++;
            }
            acknowledge.add(lifecycle.dispatchedAt(), lifecycle.acknowledgedAt());
            execute.add(lifecycle.dispatchedAt(), lifecycle.executedAt());
        });
        long[] warrants = new long[1];
        forEach(stores.warrants(), warrant -> {
            if (warrant.outstanding()) {
                warrants[0]++;
            }
        });
        Map<String, Long> byGroup = new TreeMap<>();
        Map<String, Long> agreements = new TreeMap<>();
        long[] parties = new long[1];
        forEach(stores.directory(), profile -> {
            boolean stateParty = profile.getKind() == PartyKind.STATE_PARTY;
            if (!stateParty || profile.getActive()) {
                parties[0]++;
            }
            if (stateParty && profile.getActive()) {
                String group = profile.getRegionalGroup() == null
                        ? "UNKNOWN"
                        : profile.getRegionalGroup().name();
                byGroup.merge(group, 1L, Long::sum);
            }
            for (VoluntaryAgreement agreement : profile.getAgreements()) {
                agreements.merge(agreement.getKind().name(), 1L, Long::sum);
            }
        });
        return new Summary(
                parties[0],
                counts[1],
                counts[2],
                warrants[0],
                acknowledge.median(HOUR),
                execute.median(DAY),
                acknowledge.count(),
                execute.count(),
                acknowledge.implausible() + execute.implausible(),
                counts[0],
                byGroup,
                agreements);
    }

    /** Open requests past their due date, the longest overdue first. */
    public List<OverdueRequest> overdue() {
        LocalDate today = today();
        List<OverdueRequest> rows = new ArrayList<>();
        forEach(stores.requests(), lifecycle -> {
            if (overdue(lifecycle, today)) {
                LocalDate due = LocalDate.ofEpochDay(lifecycle.dueBy());
                rows.add(new OverdueRequest(
                        lifecycle.requestId(),
                        lifecycle.party(),
                        lifecycle.underSeal() ? null : lifecycle.requestType(),
                        lifecycle.currentStatus(),
                        due,
                        ChronoUnit.DAYS.between(due, today)));
            }
        });
        rows.sort(Comparator.comparingLong(OverdueRequest::daysOverdue)
                .reversed()
                .thenComparing(OverdueRequest::requestId));
        return rows;
    }

    /** Warrants issued whose person is still at large, the oldest first. */
    public List<OutstandingWarrant> outstandingWarrants() {
        Instant now = clock.instant();
        List<OutstandingWarrant> rows = new ArrayList<>();
        forEach(stores.warrants(), warrant -> {
            if (warrant.outstanding()) {
                boolean sealed = warrant.underSeal();
                rows.add(new OutstandingWarrant(
                        warrant.warrantId(),
                        warrant.personReference(),
                        sealed ? null : warrant.personName(),
                        sealed ? null : warrant.caseReference(),
                        sealed,
                        Instant.ofEpochMilli(warrant.issuedAt()),
                        Duration.between(Instant.ofEpochMilli(warrant.issuedAt()), now)
                                .toDays(),
                        warrant.partiesAsked(),
                        warrant.lastEvent(),
                        Instant.ofEpochMilli(warrant.lastEventAt())));
            }
        });
        rows.sort(Comparator.comparing(OutstandingWarrant::issuedAt).thenComparing(OutstandingWarrant::warrantId));
        return rows;
    }

    public Optional<RequestView> request(String requestId) {
        RequestLifecycle lifecycle = stores.requests().get(requestId);
        if (lifecycle == null || lifecycle.dispatchedAt() == null) {
            return Optional.empty();
        }
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
                lifecycle.dueBy() == null ? null : LocalDate.ofEpochDay(lifecycle.dueBy()),
                lifecycle.open(),
                overdue(lifecycle, today()),
                lifecycle.timeline().stream()
                        .map(step -> new RequestView.Event(
                                step.kind(), Instant.ofEpochMilli(step.at()), step.revision(), step.status()))
                        .toList()));
    }

    public Optional<PartyView> party(String code) {
        PartyProfile profile = stores.directory().get(code);
        if (profile == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        long[] counts = new long[3];
        Durations acknowledge = new Durations(ACKNOWLEDGE_CEILING);
        Durations execute = new Durations(EXECUTE_CEILING);
        Predicate<RequestLifecycle> ofParty =
                lifecycle -> lifecycle.dispatchedAt() != null && code.equals(lifecycle.party());
        forEach(stores.requests(), lifecycle -> {
            if (!ofParty.test(lifecycle)) {
                return;
            }
            counts[0]++;
            counts[1] += lifecycle.open() ? 1 : 0;
            counts[2] += overdue(lifecycle, today) ? 1 : 0;
            acknowledge.add(lifecycle.dispatchedAt(), lifecycle.acknowledgedAt());
            execute.add(lifecycle.dispatchedAt(), lifecycle.executedAt());
        });
        return Optional.of(new PartyView(
                profile.getCode(),
                profile.getName(),
                profile.getKind().name(),
                profile.getRegionalGroup() == null
                        ? null
                        : profile.getRegionalGroup().name(),
                profile.getActive(),
                profile.getAgreements().stream()
                        .map(agreement -> agreement.getKind().name())
                        .toList(),
                counts[0],
                counts[1],
                counts[2],
                acknowledge.median(HOUR),
                acknowledge.count(),
                execute.median(DAY),
                execute.count()));
    }

    private static boolean overdue(RequestLifecycle lifecycle, LocalDate today) {
        return lifecycle.open() && lifecycle.dueBy() != null && lifecycle.dueBy() < today.toEpochDay();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    private static <V> void forEach(ReadOnlyKeyValueStore<String, V> store, Consumer<V> action) {
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (entry.value != null) {
                    action.accept(entry.value);
                }
            }
        }
    }
}
