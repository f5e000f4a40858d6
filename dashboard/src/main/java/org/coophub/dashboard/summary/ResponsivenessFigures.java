package org.coophub.dashboard.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coophub.dashboard.lifecycle.OpenRequest;
import org.coophub.dashboard.responsiveness.GatewayLag;
import org.coophub.schemas.directory.PartyProfile;

/**
 * Each party's responsiveness from the open requests and its gateway's last polled offsets. A
 * request is "not yet received" when its REQUEST record's place is known, the party's gateway was
 * polled, no receipt came, and the gateway has not committed past the record.
 */
final class ResponsivenessFigures {

    private ResponsivenessFigures() {}

    static Responsiveness of(Snapshot snapshot, Map<String, GatewayLag> lags, Duration alertBefore) {
        LocalDate today = snapshot.today();
        long alertDays = alertBefore.toDays();
        Map<String, long[]> counts = new HashMap<>(); // open, unacknowledged, oldest, notYetReceived, alerts
        List<Responsiveness.NotYetReceived> waiting = new ArrayList<>();
        for (Open open : snapshot.open()) {
            OpenRequest request = open.request();
            long[] party = counts.computeIfAbsent(request.party(), p -> new long[] {0, 0, Long.MAX_VALUE, 0, 0});
            party[0]++;
            if (request.acknowledgedAt() != null) {
                continue;
            }
            party[1]++;
            party[2] = Math.min(party[2], request.dispatchedAt());
            GatewayLag lag = lags.get(request.party());
            if (lag == null
                    || request.requestPartition() == null
                    || request.requestOffset() == null
                    || lag.received(request.requestPartition(), request.requestOffset())) {
                continue;
            }
            Long daysToDue = request.dueBy() == null ? null : request.dueBy() - today.toEpochDay();
            boolean alert = daysToDue != null && daysToDue <= alertDays;
            party[3]++;
            party[4] += alert ? 1 : 0;
            waiting.add(new Responsiveness.NotYetReceived(
                    request.requestId(),
                    request.party(),
                    Instant.ofEpochMilli(request.dispatchedAt()),
                    request.dueBy() == null ? null : LocalDate.ofEpochDay(request.dueBy()),
                    daysToDue,
                    alert));
        }
        waiting.sort(Comparator.comparing(
                        Responsiveness.NotYetReceived::dueBy, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Responsiveness.NotYetReceived::requestId));

        TreeSet<String> parties = new TreeSet<>(snapshot.directory().keySet());
        parties.addAll(counts.keySet());
        List<Responsiveness.PartyRow> rows = new ArrayList<>(parties.size());
        for (String code : parties) {
            long[] c = counts.getOrDefault(code, new long[] {0, 0, Long.MAX_VALUE, 0, 0});
            PartyProfile profile = snapshot.directory().get(code);
            GatewayLag lag = lags.get(code);
            rows.add(new Responsiveness.PartyRow(
                    code,
                    profile == null ? code : profile.getName(),
                    snapshot.group(code),
                    c[0],
                    c[1],
                    c[2] == Long.MAX_VALUE ? null : Instant.ofEpochMilli(c[2]),
                    lag != null && lag.consumerGroupFound(),
                    lag == null ? null : lag.offsetLag(),
                    c[3],
                    c[4]));
        }
        rows.sort(Comparator.comparingLong(Responsiveness.PartyRow::alerts)
                .thenComparingLong(Responsiveness.PartyRow::notYetReceived)
                .reversed()
                .thenComparing(Responsiveness.PartyRow::party));
        return new Responsiveness(snapshot.asOf(), rows, waiting);
    }
}
