package org.coophub.dashboard.summary;

import static org.coophub.dashboard.summary.Distribution.DAY;
import static org.coophub.dashboard.summary.Distribution.HOUR;
import static org.coophub.dashboard.summary.Distribution.in;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coophub.dashboard.lifecycle.HistogramSum;
import org.coophub.dashboard.lifecycle.OpenRequest;
import org.coophub.dashboard.lifecycle.PackedFigures;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.VoluntaryAgreement;

/** The summary tiles, the overdue table and a party's page, from a snapshot. */
final class Summaries {

    private Summaries() {}

    /** Computes the answers every caller asks for first, so that no API call waits for them. */
    static void warm(Snapshot snapshot) {
        snapshot.answer(List.of("summary", Filter.NONE), () -> of(snapshot, Filter.NONE));
        snapshot.answer(List.of("overdue", Filter.NONE), () -> overdue(snapshot, Filter.NONE));
    }

    /** The tiles; the medians are the histograms' p50 (0 with no sample: scripts rely on a number). */
    static Summary of(Snapshot snapshot, Filter filter) {
        long[] requests = counts(snapshot, filter);
        HistogramSum acknowledge = new HistogramSum();
        HistogramSum execute = new HistogramSum();
        for (Cell cell : snapshot.cells()) {
            if (cell.matches(filter)) {
                cell.figures().addTo(PackedFigures.ACKNOWLEDGE, acknowledge);
                cell.figures().addTo(PackedFigures.EXECUTE, execute);
            }
        }
        Map<String, Long> byGroup = new TreeMap<>();
        Map<String, Long> agreements = new TreeMap<>();
        long parties = 0;
        for (PartyProfile profile : snapshot.directory().values()) {
            if (!filter.matchesParty(profile.getCode(), snapshot.group(profile.getCode()))) {
                continue;
            }
            boolean stateParty = profile.getKind() == PartyKind.STATE_PARTY;
            if (!stateParty || profile.getActive()) {
                parties++;
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
        }
        return new Summary(
                parties,
                requests[1],
                requests[2],
                snapshot.warrants().size(),
                in(acknowledge.percentile(0.5), HOUR),
                in(execute.percentile(0.5), DAY),
                acknowledge.count(),
                execute.count(),
                acknowledge.implausible() + execute.implausible(),
                requests[0],
                byGroup,
                agreements,
                snapshot.asOf());
    }

    /** Requests dispatched, open, overdue. */
    private static long[] counts(Snapshot snapshot, Filter filter) {
        long[] counts = new long[3];
        for (Cell cell : snapshot.cells()) {
            if (cell.matches(filter)) {
                counts[0] += cell.figures().dispatched();
                counts[1] += cell.figures().open();
            }
        }
        LocalDate today = snapshot.today();
        for (Open open : snapshot.open()) {
            if (open.matches(filter) && open.overdue(today)) {
                counts[2]++;
            }
        }
        return counts;
    }

    static List<OverdueRequest> overdue(Snapshot snapshot, Filter filter) {
        LocalDate today = snapshot.today();
        List<OverdueRequest> rows = new ArrayList<>();
        for (Open open : snapshot.open()) {
            if (open.matches(filter) && open.overdue(today)) {
                OpenRequest request = open.request();
                LocalDate due = LocalDate.ofEpochDay(request.dueBy());
                rows.add(new OverdueRequest(
                        request.requestId(),
                        request.party(),
                        request.requestType(),
                        request.status(),
                        due,
                        ChronoUnit.DAYS.between(due, today)));
            }
        }
        rows.sort(Comparator.comparingLong(OverdueRequest::daysOverdue)
                .reversed()
                .thenComparing(OverdueRequest::requestId));
        return rows;
    }

    static PartyView party(Snapshot snapshot, PartyProfile profile) {
        String code = profile.getCode();
        Filter filter = new Filter(code, null, null, null, null);
        long[] requests = counts(snapshot, filter);
        Turnarounds.Sums sums = Turnarounds.total(snapshot, filter);
        return new PartyView(
                code,
                profile.getName(),
                profile.getKind().name(),
                profile.getRegionalGroup() == null
                        ? null
                        : profile.getRegionalGroup().name(),
                profile.getActive(),
                profile.getAgreements().stream()
                        .map(agreement -> agreement.getKind().name())
                        .toList(),
                requests[0],
                requests[1],
                requests[2],
                in(sums.acknowledge.percentile(0.5), HOUR),
                sums.acknowledge.count(),
                in(sums.execute.percentile(0.5), DAY),
                sums.execute.count(),
                sums.row(code),
                Breakdowns.rows(snapshot, Period.MONTH, filter),
                snapshot.asOf());
    }
}
