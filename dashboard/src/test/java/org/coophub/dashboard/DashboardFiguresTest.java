package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coophub.dashboard.Hub.NOW;
import static org.coophub.dashboard.Hub.T0;
import static org.coophub.dashboard.Hub.TODAY;
import static org.coophub.dashboard.Hub.receipt;
import static org.coophub.dashboard.Hub.request;
import static org.coophub.dashboard.Hub.status;
import static org.coophub.dashboard.Hub.withdrawal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coophub.dashboard.Hub.Piped;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.dashboard.responsiveness.GatewayLag;
import org.coophub.dashboard.summary.BacklogRow;
import org.coophub.dashboard.summary.BreakdownRow;
import org.coophub.dashboard.summary.Distribution;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Filter;
import org.coophub.dashboard.summary.OverdueRequest;
import org.coophub.dashboard.summary.Period;
import org.coophub.dashboard.summary.Responsiveness;
import org.coophub.dashboard.summary.SnapshotBuilder;
import org.coophub.dashboard.summary.TurnaroundBy;
import org.coophub.dashboard.summary.TurnaroundRow;
import org.coophub.dashboard.summary.UnknownFilter;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The figures of the second part (breakdown, turnaround, backlog, responsiveness) from the topology's stores. */
class DashboardFiguresTest {

    private static final String ASSETS = RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING.name();
    private static final String EVIDENCE = RequestType.ASSISTANCE_TAKING_OF_EVIDENCE.name();

    private final Hub hub = new Hub();
    private final Map<String, GatewayLag> lags = new HashMap<>();
    private final Figures figures = new Figures(
            hub,
            () -> SnapshotBuilder.build(hub, NOW),
            () -> Map.copyOf(lags),
            Duration.ofDays(7),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        hub.close();
    }

    private static Instant days(double days) {
        return T0.plus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    /** A request that is not under seal. */
    private static Piped publicRequest(String id, String party, Instant at, LocalDate due, String type) {
        Piped piped = request(id, party, at, due);
        CourtMessage message = (CourtMessage) piped.value();
        message.getRequest().setConfidentiality(Confidentiality.PUBLIC);
        message.getRequest().setRequestType(RequestType.valueOf(type));
        return piped;
    }

    private static PartyProfile state(String code, RegionalGroup group) {
        return PartyProfile.newBuilder(SampleMessages.franceProfile())
                .setCode(code)
                .setName(code + " name")
                .setRegionalGroup(group)
                .build();
    }

    /** Seven requests over three months (2017-10, 2017-12, 2018-02), each in another state. */
    private static List<Piped> history() {
        return List.of(
                Hub.profile(SampleMessages.franceProfile()),
                Hub.profile(state("KEN", RegionalGroup.AFRICAN)),
                publicRequest("R1", "FRA", T0, TODAY.plusDays(30), ASSETS),
                receipt("R1", "FRA", days(0.25), days(0.25)),
                status("R1", "FRA", RequestStatus.IN_PROGRESS, days(2)),
                publicRequest("R2", "FRA", T0, TODAY.minusDays(100), ASSETS),
                receipt("R2", "FRA", days(0.5), days(0.5)),
                status("R2", "FRA", RequestStatus.RECEIVED, days(1)),
                status("R2", "FRA", RequestStatus.EXECUTED, days(10)),
                publicRequest("R3", "FRA", days(40), TODAY.minusDays(10), ASSETS),
                withdrawal("R3", "FRA", days(50)),
                publicRequest("R4", "FRA", days(40), null, EVIDENCE),
                status("R4", "FRA", RequestStatus.REFUSED, days(60)),
                publicRequest("R5", "FRA", days(100), TODAY.minusDays(1), ASSETS),
                status("R5", "FRA", RequestStatus.POSTPONED, days(101)),
                publicRequest("R6", "KEN", days(100), TODAY.plusDays(3), EVIDENCE),
                receipt("R6", "KEN", days(101), days(101)),
                status("R6", "KEN", RequestStatus.IN_CONSULTATION, days(103)),
                publicRequest("R7", "KEN", days(100), null, EVIDENCE),
                status("R7", "KEN", RequestStatus.PARTIALLY_EXECUTED, days(120)));
    }

    @Test
    void breaksTheRequestsDownByStateAndMonth() {
        hub.pipe(history());

        List<BreakdownRow> rows = figures.breakdown(Period.MONTH, Filter.NONE).rows();

        assertThat(rows)
                .extracting(BreakdownRow::period, BreakdownRow::party, BreakdownRow::requestType)
                .containsExactly(
                        tuple("2017-10", "FRA", ASSETS),
                        tuple("2017-12", "FRA", ASSETS),
                        tuple("2017-12", "FRA", EVIDENCE),
                        tuple("2018-02", "FRA", ASSETS),
                        tuple("2018-02", "KEN", EVIDENCE));
        assertThat(rows.get(0)).isEqualTo(new BreakdownRow("FRA", ASSETS, "2017-10", 2, 2, 1, 0, 1, 0, 0, 0, 0, 1, 0));
        assertThat(rows.get(1)).isEqualTo(new BreakdownRow("FRA", ASSETS, "2017-12", 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0));
        assertThat(rows.get(2))
                .isEqualTo(new BreakdownRow("FRA", EVIDENCE, "2017-12", 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0));
        assertThat(rows.get(3)).isEqualTo(new BreakdownRow("FRA", ASSETS, "2018-02", 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1));
        assertThat(rows.get(4))
                .isEqualTo(new BreakdownRow("KEN", EVIDENCE, "2018-02", 2, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0));
    }

    @Test
    void groupsTheBreakdownByQuarterAndByYear() {
        hub.pipe(history());

        assertThat(figures.breakdown(Period.QUARTER, Filter.NONE).rows())
                .extracting(
                        BreakdownRow::period, BreakdownRow::party, BreakdownRow::requestType, BreakdownRow::dispatched)
                .containsExactly(
                        tuple("2017-Q4", "FRA", ASSETS, 3L),
                        tuple("2017-Q4", "FRA", EVIDENCE, 1L),
                        tuple("2018-Q1", "FRA", ASSETS, 1L),
                        tuple("2018-Q1", "KEN", EVIDENCE, 2L));
        assertThat(figures.breakdown(Period.YEAR, Filter.NONE).rows())
                .extracting(BreakdownRow::period, BreakdownRow::party, BreakdownRow::open, BreakdownRow::overdue)
                .containsExactly(
                        tuple("2017", "FRA", 1L, 0L),
                        tuple("2017", "FRA", 0L, 0L),
                        tuple("2018", "FRA", 1L, 1L),
                        tuple("2018", "KEN", 1L, 0L));
        assertThat(figures.breakdown(Period.YEAR, Filter.NONE).period()).isEqualTo("year");
    }

    @Test
    void filtersByPartyGroupTypeAndMonthsOfDispatch() {
        hub.pipe(history());

        assertThat(figures.summary(Filter.parse("KEN", null, null, null, null)).requests())
                .isEqualTo(2);
        assertThat(figures.summary(Filter.parse(null, "WEOG", null, null, null)).requests())
                .isEqualTo(5);
        assertThat(figures.summary(Filter.parse(null, null, EVIDENCE, null, null))
                        .requests())
                .isEqualTo(3);
        assertThat(figures.summary(Filter.parse(null, null, null, "2017-11", "2018-01"))
                        .requests())
                .isEqualTo(2);
        assertThat(figures.summary(Filter.parse(null, "AFRICAN", null, null, null))
                        .parties())
                .isEqualTo(1);
        assertThat(figures.summary().requests()).isEqualTo(7);
    }

    @Test
    void listsTheOverdueRequestsByFilter() {
        hub.pipe(history());

        assertThat(figures.overdue()).extracting(OverdueRequest::requestId).containsExactly("R5");
        assertThat(figures.overdue().get(0))
                .isEqualTo(new OverdueRequest("R5", "FRA", ASSETS, "POSTPONED", TODAY.minusDays(1), 1));
        assertThat(figures.overdue(Filter.parse("KEN", null, null, null, null))).isEmpty();
        assertThat(figures.overdue(Filter.parse(null, null, ASSETS, "2018-02", null)))
                .hasSize(1);
        assertThat(figures.overdue(Filter.parse(null, null, ASSETS, null, "2018-01")))
                .isEmpty();
        assertThat(figures.summary(Filter.parse("FRA", null, null, null, null)).overdueRequests())
                .isEqualTo(1);
    }

    @Test
    void rejectsAPartyTheHubDoesNotKnow() {
        hub.pipe(history());

        assertThatThrownBy(() -> figures.summary(Filter.parse("XXX", null, null, null, null)))
                .isInstanceOf(UnknownFilter.class);
        assertThatThrownBy(() -> Filter.parse(null, "MARS", null, null, null)).isInstanceOf(UnknownFilter.class);
        assertThatThrownBy(() -> Filter.parse(null, null, "PIZZA", null, null)).isInstanceOf(UnknownFilter.class);
        assertThatThrownBy(() -> Filter.parse(null, null, null, "2017-13", null))
                .isInstanceOf(UnknownFilter.class);
    }

    @Test
    void timesTheFirstSubstantiveResponseAndTheClosureButNotAWithdrawal() {
        hub.pipe(history());

        RequestLifecycle r2 = hub.requests().get("R2");
        assertThat(r2.firstResponseAt()).as("RECEIVED is no response").isEqualTo(days(10).toEpochMilli());
        assertThat(r2.closedAt()).isEqualTo(days(10).toEpochMilli());
        RequestLifecycle r3 = hub.requests().get("R3");
        assertThat(r3.closedAt()).isNull();
        assertThat(r3.withdrawnAt()).isEqualTo(days(50).toEpochMilli());
        assertThat(figures.request("R2").orElseThrow().closedAt()).isEqualTo(days(10));
        assertThat(figures.request("R1").orElseThrow().firstResponseAt()).isEqualTo(days(2));

        TurnaroundRow all = figures.turnaround(TurnaroundBy.PARTY, Filter.parse("FRA", null, null, null, null))
                .rows()
                .get(0);
        assertThat(all.key()).isEqualTo("FRA");
        // FRA: R1 2 days, R2 10, R4 20, R5 1 to first respond; R2 10 and R4 20 to close
        assertThat(all.firstResponse().count()).isEqualTo(4);
        assertThat(all.firstResponse().p50()).isEqualTo(6.0);
        assertThat(all.firstResponse().max()).isEqualTo(20.0);
        assertThat(all.closure().count())
                .as("the withdrawal is no closure sample")
                .isEqualTo(2);
        assertThat(all.closure().p50()).isEqualTo(15.0);
        assertThat(all.acknowledge()).isEqualTo(new Distribution(2, 9.0, 11.4, 12.0, 0, "hours"));
    }

    @Test
    void givesTheTurnaroundByPartyGroupAndType() {
        hub.pipe(history());

        assertThat(figures.turnaround(TurnaroundBy.TYPE, Filter.NONE).rows())
                .extracting(TurnaroundRow::key)
                .containsExactly(ASSETS, EVIDENCE);
        assertThat(figures.turnaround(TurnaroundBy.GROUP, Filter.NONE).rows())
                .extracting(TurnaroundRow::key)
                .containsExactly("AFRICAN", "WEOG");
        TurnaroundRow kenya = figures.turnaround(TurnaroundBy.PARTY, Filter.NONE).rows().stream()
                .filter(row -> row.key().equals("KEN"))
                .findFirst()
                .orElseThrow();
        // R6 first responded after 3 days, R7 closed after 20 days
        assertThat(kenya.firstResponse().p50()).isEqualTo(11.5);
        assertThat(kenya.firstResponse().p90()).isEqualTo(18.3);
        assertThat(kenya.closure()).isEqualTo(new Distribution(1, 20.0, 20.0, 20.0, 0, "days"));
        assertThat(kenya.acknowledge()).isEqualTo(new Distribution(1, 24.0, 24.0, 24.0, 0, "hours"));
        assertThat(figures.turnaround(TurnaroundBy.TYPE, Filter.NONE).by()).isEqualTo("type");
    }

    @Test
    void followsTheBacklogPeriodByPeriod() {
        hub.pipe(history());

        assertThat(figures.backlog(Period.MONTH, Filter.NONE).rows())
                .containsExactly(
                        new BacklogRow("2017-10", 2, 0, 2),
                        new BacklogRow("2017-11", 0, 1, 1),
                        new BacklogRow("2017-12", 2, 2, 1),
                        new BacklogRow("2018-01", 0, 0, 1),
                        new BacklogRow("2018-02", 3, 1, 3));
        assertThat(figures.backlog(Period.QUARTER, Filter.NONE).rows())
                .containsExactly(new BacklogRow("2017-Q4", 4, 3, 1), new BacklogRow("2018-Q1", 3, 1, 3));
        assertThat(figures.backlog(Period.MONTH, Filter.parse("KEN", null, null, null, null))
                        .rows())
                .containsExactly(new BacklogRow("2018-02", 2, 1, 1));
        assertThat(figures.summary().openRequests()).isEqualTo(3);
    }

    @Test
    void movesARequestsCountsWhenItsStatusMoves() {
        hub.pipe(List.of(publicRequest("R1", "FRA", T0, TODAY.minusDays(1), ASSETS)));
        hub.pipe(List.of(status("R1", "FRA", RequestStatus.IN_PROGRESS, days(1))));
        BreakdownRow inProgress =
                figures.breakdown(Period.MONTH, Filter.NONE).rows().get(0);
        assertThat(inProgress.inProgress()).isEqualTo(1);
        assertThat(inProgress.open()).isEqualTo(1);
        assertThat(inProgress.overdue()).isEqualTo(1);

        hub.pipe(List.of(status("R1", "FRA", RequestStatus.EXECUTED, days(5))));

        BreakdownRow executed =
                figures.breakdown(Period.MONTH, Filter.NONE).rows().get(0);
        assertThat(executed.dispatched()).isEqualTo(1);
        assertThat(executed.inProgress()).isZero();
        assertThat(executed.executed()).isEqualTo(1);
        assertThat(executed.open()).isZero();
        assertThat(executed.overdue()).isZero();
        assertThat(figures.overdue()).isEmpty();
        assertThat(hub.openRequests().get("R1")).isNull();
        assertThat(figures.summary().medianDaysToExecute()).isEqualTo(5.0);
    }

    @Test
    void countsAReceiptThatArrivedBeforeItsRequest() {
        hub.pipe(List.of(
                receipt("R1", "FRA", days(1), days(1)), status("R1", "FRA", RequestStatus.IN_PROGRESS, days(2))));
        assertThat(figures.breakdown(Period.MONTH, Filter.NONE).rows()).isEmpty();
        assertThat(hub.openRequests().get("R1")).isNull();

        hub.pipe(List.of(publicRequest("R1", "FRA", T0, null, ASSETS)));

        BreakdownRow row = figures.breakdown(Period.MONTH, Filter.NONE).rows().get(0);
        assertThat(row.acknowledged()).isEqualTo(1);
        assertThat(row.inProgress()).isEqualTo(1);
        assertThat(figures.turnaround(TurnaroundBy.TYPE, Filter.NONE)
                        .rows()
                        .get(0)
                        .acknowledge()
                        .p50())
                .isEqualTo(24.0);
    }

    @Test
    void changesNoFigureWhenEverythingIsPipedTwice() {
        List<Piped> history = new ArrayList<>(history());
        hub.pipe(history);
        lags.put("FRA", lag("FRA", Map.of(0, 1L)));
        List<Object> first = everyFigure();

        hub.pipe(history);

        assertThat(everyFigure()).isEqualTo(first);
        try (var cells = hub.figures().all()) {
            assertThat(cells).toIterable().hasSize(5);
        }
    }

    private List<Object> everyFigure() {
        List<Object> all = new ArrayList<>();
        all.add(figures.summary());
        all.add(figures.overdue());
        all.add(figures.filters());
        all.add(figures.responsiveness());
        all.add(figures.party("FRA"));
        for (Period period : Period.values()) {
            all.add(figures.breakdown(period, Filter.NONE));
            all.add(figures.backlog(period, Filter.NONE));
        }
        for (TurnaroundBy by : TurnaroundBy.values()) {
            all.add(figures.turnaround(by, Filter.NONE));
        }
        return all;
    }

    @Test
    void countsARequestUnderSealUnderSealOnly() {
        hub.pipe(List.of(
                request("SEALED", "FRA", T0, TODAY.minusDays(2)), publicRequest("PUBLIC", "FRA", T0, null, EVIDENCE)));

        assertThat(figures.breakdown(Period.MONTH, Filter.NONE).rows())
                .extracting(BreakdownRow::requestType)
                .containsExactly(EVIDENCE, "UNDER_SEAL");
        assertThat(figures.turnaround(TurnaroundBy.TYPE, Filter.NONE).rows())
                .extracting(TurnaroundRow::key)
                .containsExactly(EVIDENCE, "UNDER_SEAL");
        assertThat(figures.overdue())
                .singleElement()
                .satisfies(row -> assertThat(row.requestType()).isEqualTo("UNDER_SEAL"));
        assertThat(hub.openRequests().get("SEALED").requestType()).isEqualTo("UNDER_SEAL");
        assertThat(figures.summary(Filter.parse(null, null, "UNDER_SEAL", null, null))
                        .requests())
                .isEqualTo(1);
        assertThat(figures.summary(Filter.parse(null, null, ASSETS, null, null)).requests())
                .as("never counted under its real type")
                .isZero();
    }

    @Test
    void placesEachRequestWhereItsRecordSitsOnTheRequestsTopic() {
        hub.pipe(List.of(request("R1", "FRA", T0, null), request("R2", "FRA", days(1), null)));

        assertThat(hub.requests().get("R1").requestPartition()).isZero();
        assertThat(hub.requests().get("R1").requestOffset()).isZero();
        assertThat(hub.requests().get("R2").requestOffset()).isEqualTo(1);
        assertThat(hub.openRequests().get("R2").requestOffset()).isEqualTo(1);
    }

    @Test
    void alertsOnRequestsTheGatewayHasNotReceivedCloseToTheirDueDate() {
        hub.pipe(List.of(
                Hub.profile(SampleMessages.franceProfile()),
                request("R1", "FRA", T0, TODAY.plusDays(3)), // offset 0: received
                request("R2", "FRA", days(1), TODAY.plusDays(3)), // offset 1: not received, due soon
                request("R3", "FRA", days(2), TODAY.plusDays(30)), // offset 2: not received, due later
                request("R4", "FRA", days(3), TODAY.minusDays(2)), // offset 3: not received, past due
                request("R5", "FRA", days(4), null), // offset 4: acknowledged, so received
                receipt("R5", "FRA", days(5), days(5)),
                request("A1", "ARG", days(1), null), // the gateway never committed
                request("D1", "DEU", days(1), TODAY.minusDays(1)))); // not polled: unknown
        lags.put("FRA", lag("FRA", Map.of(0, 1L)));
        lags.put("ARG", new GatewayLag("ARG", false, Map.of(), Map.of(0, 1L), 1, NOW));

        Responsiveness responsiveness = figures.responsiveness();

        assertThat(responsiveness.notYetReceived())
                .extracting(
                        Responsiveness.NotYetReceived::requestId,
                        Responsiveness.NotYetReceived::daysToDue,
                        Responsiveness.NotYetReceived::alert)
                .containsExactly(
                        tuple("R4", -2L, true),
                        tuple("R2", 3L, true),
                        tuple("R3", 30L, false),
                        tuple("A1", null, false));
        assertThat(responsiveness.parties())
                .extracting(
                        Responsiveness.PartyRow::party,
                        Responsiveness.PartyRow::openRequests,
                        Responsiveness.PartyRow::unacknowledged,
                        Responsiveness.PartyRow::gatewayGroupFound,
                        Responsiveness.PartyRow::notYetReceived,
                        Responsiveness.PartyRow::alerts)
                .containsExactly(
                        tuple("FRA", 5L, 4L, true, 3L, 2L),
                        tuple("ARG", 1L, 1L, false, 1L, 0L),
                        tuple("DEU", 1L, 1L, false, 0L, 0L));
        Responsiveness.PartyRow france = responsiveness.parties().get(0);
        assertThat(france.name()).isEqualTo("France");
        assertThat(france.oldestUnacknowledgedSince()).isEqualTo(T0);
        assertThat(france.gatewayOffsetLag()).isEqualTo(4);
        assertThat(responsiveness.parties().get(2).gatewayOffsetLag()).isNull();
    }

    @Test
    void offersTheFilterMenusAndAPartysOwnFigures() {
        hub.pipe(history());

        var options = figures.filters();
        assertThat(options.parties()).extracting(p -> p.code()).containsExactly("FRA", "KEN");
        assertThat(options.parties().get(1).regionalGroup()).isEqualTo("AFRICAN");
        assertThat(options.months()).containsExactly("2017-10", "2017-12", "2018-02");
        assertThat(options.types()).contains(ASSETS, "UNDER_SEAL");
        assertThat(options.groups()).contains("WEOG", "OTHER");

        var france = figures.party("FRA").orElseThrow();
        assertThat(france.requests()).isEqualTo(5);
        assertThat(france.turnaround().closure().count()).isEqualTo(2);
        assertThat(france.breakdown())
                .extracting(BreakdownRow::period)
                .containsExactly("2017-10", "2017-12", "2017-12", "2018-02");
    }

    private static GatewayLag lag(String party, Map<Integer, Long> committed) {
        return new GatewayLag(party, true, committed, Map.of(0, 5L), 5 - committed.getOrDefault(0, 0L), NOW);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
