package org.coophub.dashboard.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.coophub.dashboard.DashboardTopology;
import org.coophub.dashboard.directory.Directory;
import org.coophub.dashboard.responsiveness.GatewayLag;
import org.coophub.dashboard.summary.BacklogRow;
import org.coophub.dashboard.summary.BreakdownRow;
import org.coophub.dashboard.summary.DashboardStores;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Filter;
import org.coophub.dashboard.summary.Period;
import org.coophub.dashboard.summary.RequestView;
import org.coophub.dashboard.summary.Responsiveness;
import org.coophub.dashboard.summary.SnapshotBuilder;
import org.coophub.dashboard.summary.Summary;
import org.coophub.dashboard.summary.TurnaroundBy;
import org.coophub.dashboard.summary.TurnaroundRow;
import org.coophub.dashboard.warrant.WarrantState;
import org.coophub.dashboard.warrant.Warrants;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.ImportedRecord;
import org.coophub.schemas.request.RecordedEvent;
import org.coophub.schemas.request.RecordedEventKind;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.ReceiptAcknowledgement;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.response.StatusUpdate;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerde;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A year of 2017 imported in 2026: the records arrive with the import's timestamps, and the figures
 * follow the Registry's record of the past instead; a gateway's receipt of the imported copy is
 * not the party's answer of 2017.
 */
class ImportedHistoryTest {

    private static final Instant SENT = Instant.parse("2017-03-14T10:00:00Z");
    private static final Instant IMPORTED = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final String SOURCE = "coophub scenario 2017 (seed 20171027)";
    private static final String TYPE = "ASSISTANCE_ASSETS_TRACING_AND_FREEZING";

    private final List<Hub> hubs = new ArrayList<>();
    private final Hub hub = newHub();

    @AfterEach
    void close() {
        hubs.forEach(Hub::close);
    }

    private Hub newHub() {
        Hub created = new Hub();
        hubs.add(created);
        return created;
    }

    private static Instant days(double days) {
        return SENT.plus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    private static double daysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes() / (24.0 * 60);
    }

    @Test
    void timesAnImportedRequestByTheRegistrysRecordNotByTheImport() {
        hub.pipe(List.of(imported(
                "R1",
                SENT,
                LocalDate.parse("2017-05-31"),
                recorded(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, days(2)),
                recorded(RecordedEventKind.STATUS_UPDATE, "IN_PROGRESS", days(5)),
                recorded(RecordedEventKind.STATUS_UPDATE, "EXECUTED", days(30)))));

        RequestLifecycle lifecycle = hub.lifecycle("R1");
        assertThat(lifecycle.imported()).isTrue();
        assertThat(lifecycle.importSource()).isEqualTo(SOURCE);
        assertThat(lifecycle.dispatchedAt()).isEqualTo(SENT.toEpochMilli());
        assertThat(lifecycle.acknowledgedAt()).isEqualTo(days(2).toEpochMilli());
        assertThat(lifecycle.firstResponseAt()).isEqualTo(days(5).toEpochMilli());
        assertThat(lifecycle.closedAt()).isEqualTo(days(30).toEpochMilli());
        assertThat(lifecycle.currentStatus()).isEqualTo("EXECUTED");
        assertThat(lifecycle.timeline())
                .extracting(RequestLifecycle.Step::messageId, RequestLifecycle.Step::kind)
                .containsExactly(
                        tuple("imp-R1", "REQUEST"),
                        tuple("imp-R1#1", "RECEIPT_ACKNOWLEDGEMENT"),
                        tuple("imp-R1#2", "STATUS_UPDATE"),
                        tuple("imp-R1#3", "STATUS_UPDATE"));

        Summary summary = hub.figures.summary();
        assertThat(summary.medianHoursToAcknowledge()).isCloseTo(48.0, within(1.0));
        assertThat(summary.medianDaysToExecute()).isCloseTo(30.0, within(0.6));
        assertThat(summary.implausibleDurations()).isZero();
        assertThat(summary.openRequests()).isZero();
        assertThat(summary.overdueRequests()).isZero();
        TurnaroundRow turnaround =
                hub.figures.turnaround(TurnaroundBy.PARTY, Filter.NONE).rows().get(0);
        assertThat(turnaround.acknowledge().p50()).isCloseTo(48.0, within(1.0));
        assertThat(turnaround.firstResponse().p50()).isCloseTo(5.0, within(0.1));
        assertThat(turnaround.closure().p50()).isCloseTo(30.0, within(0.6));
        assertThat(hub.figures.breakdown(Period.MONTH, Filter.NONE).rows())
                .singleElement()
                .isEqualTo(new BreakdownRow("FRA", TYPE, "2017-03", 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0));
        assertThat(hub.figures.backlog(Period.MONTH, Filter.NONE).rows())
                .containsExactly(new BacklogRow("2017-03", 1, 0, 1), new BacklogRow("2017-04", 0, 1, 0));
        RequestView view = hub.figures.request("R1").orElseThrow();
        assertThat(view.dispatchedAt()).isEqualTo(SENT);
        assertThat(view.acknowledgedAt()).isEqualTo(days(2));
        assertThat(view.closedAt()).isEqualTo(days(30));
        assertThat(view.imported()).isTrue();
        assertThat(view.importSource()).isEqualTo(SOURCE);
    }

    @Test
    void keepsTheRecordedAcknowledgementWhenTheGatewayAcknowledgesTheImportedCopy() {
        Piped request = imported(
                "R1",
                SENT,
                null,
                recorded(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, days(2)),
                recorded(RecordedEventKind.STATUS_UPDATE, "IN_PROGRESS", days(5)));
        Piped liveReceipt = receipt("R1", IMPORTED.plusSeconds(300));

        for (List<Piped> order : List.of(List.of(request, liveReceipt), List.of(liveReceipt, request))) {
            Hub fresh = newHub();
            fresh.pipe(order);

            RequestLifecycle lifecycle = fresh.lifecycle("R1");
            assertThat(lifecycle.acknowledgedAt())
                    .as("acknowledged as recorded, whichever came first")
                    .isEqualTo(days(2).toEpochMilli());
            assertThat(lifecycle.liveAcknowledgedAt())
                    .isEqualTo(IMPORTED.plusSeconds(300).toEpochMilli());
            assertThat(lifecycle.currentStatus()).isEqualTo("IN_PROGRESS");
            assertThat(fresh.figures.summary().medianHoursToAcknowledge()).isCloseTo(48.0, within(1.0));
            assertThat(fresh.figures.summary().implausibleDurations()).isZero();
        }
    }

    @Test
    void leavesUnacknowledgedAnImportedRequestTheRecordShowsNoReceiptFor() {
        Piped request = imported("R1", SENT, null);
        Piped liveReceipt = receipt("R1", IMPORTED.plusSeconds(300));

        for (List<Piped> order : List.of(List.of(request, liveReceipt), List.of(liveReceipt, request))) {
            Hub fresh = newHub();
            fresh.pipe(order);

            RequestLifecycle lifecycle = fresh.lifecycle("R1");
            assertThat(lifecycle.acknowledgedAt()).isNull();
            assertThat(lifecycle.currentStatus()).isEqualTo("DISPATCHED");
            assertThat(fresh.figures.summary().acknowledgedRequests()).isZero();
        }
    }

    @Test
    void closesAnOpenImportedRequestWhenItsPartyReportsItExecutedNow() {
        Instant executedNow = IMPORTED.plus(Duration.ofHours(20));
        hub.pipe(List.of(
                imported(
                        "R1",
                        SENT,
                        LocalDate.parse("2017-06-30"),
                        recorded(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, days(2)),
                        recorded(RecordedEventKind.STATUS_UPDATE, "IN_PROGRESS", days(10))),
                receipt("R1", IMPORTED.plusSeconds(300))));
        assertThat(hub.figures.summary().openRequests()).isEqualTo(1);
        assertThat(hub.figures.summary().overdueRequests())
                .as("due in 2017, open in 2026")
                .isEqualTo(1);

        hub.pipe(List.of(status("R1", RequestStatus.EXECUTED, executedNow)));

        RequestLifecycle lifecycle = hub.lifecycle("R1");
        assertThat(lifecycle.open()).isFalse();
        assertThat(lifecycle.currentStatus()).isEqualTo("EXECUTED");
        assertThat(lifecycle.closedAt()).isEqualTo(executedNow.toEpochMilli());
        assertThat(lifecycle.acknowledgedAt()).isEqualTo(days(2).toEpochMilli());
        Summary summary = hub.figures.summary();
        assertThat(summary.openRequests()).isZero();
        assertThat(summary.overdueRequests()).isZero();
        assertThat(summary.executedRequests()).isEqualTo(1);
        assertThat(summary.medianDaysToExecute())
                .as("from the dispatch of 2017 to the report of now")
                .isCloseTo(daysBetween(SENT, executedNow), within(daysBetween(SENT, executedNow) * 0.02));
        List<BacklogRow> backlog =
                hub.figures.backlog(Period.MONTH, Filter.NONE).rows();
        assertThat(backlog.get(0)).isEqualTo(new BacklogRow("2017-03", 1, 0, 1));
        assertThat(backlog.get(backlog.size() - 1)).isEqualTo(new BacklogRow("2026-11", 0, 1, 0));
    }

    @Test
    void countsAWithdrawalTheRegistryRecordedAsTheCourtsAct() {
        hub.pipe(List.of(imported(
                "R1",
                SENT,
                LocalDate.parse("2017-05-31"),
                recorded(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, days(1)),
                recorded(RecordedEventKind.WITHDRAWAL, null, days(40)))));

        RequestLifecycle lifecycle = hub.lifecycle("R1");
        assertThat(lifecycle.currentStatus()).isEqualTo("WITHDRAWN");
        assertThat(lifecycle.withdrawnAt()).isEqualTo(days(40).toEpochMilli());
        assertThat(lifecycle.leftBacklogAt()).isEqualTo(days(40).toEpochMilli());
        Summary summary = hub.figures.summary();
        assertThat(summary.openRequests()).isZero();
        assertThat(summary.overdueRequests()).isZero();
        assertThat(hub.figures
                        .turnaround(TurnaroundBy.PARTY, Filter.NONE)
                        .rows()
                        .get(0)
                        .closure()
                        .count())
                .as("a withdrawal is no turnaround sample")
                .isZero();
        assertThat(hub.figures.backlog(Period.MONTH, Filter.NONE).rows())
                .containsExactly(new BacklogRow("2017-03", 1, 0, 1), new BacklogRow("2017-04", 0, 1, 0));
        assertThat(hub.figures.breakdown(Period.MONTH, Filter.NONE).rows())
                .singleElement()
                .extracting(BreakdownRow::period, BreakdownRow::withdrawn, BreakdownRow::acknowledged)
                .containsExactly("2017-03", 1L, 1L);
    }

    @Test
    void skipsRecordedEventsOfAKindOrStatusItDoesNotKnow() {
        hub.pipe(List.of(imported(
                "R1",
                SENT,
                null,
                recorded(RecordedEventKind.UNKNOWN, null, days(1)),
                recorded(RecordedEventKind.STATUS_UPDATE, "ESCALATED", days(2)),
                recorded(RecordedEventKind.STATUS_UPDATE, null, days(3)),
                recorded(RecordedEventKind.STATUS_UPDATE, "UNKNOWN", days(4)),
                recorded(RecordedEventKind.STATUS_UPDATE, "REFUSED", days(5)))));

        RequestLifecycle lifecycle = hub.lifecycle("R1");
        assertThat(lifecycle.timeline())
                .extracting(RequestLifecycle.Step::messageId)
                .containsExactly("imp-R1", "imp-R1#5");
        assertThat(lifecycle.currentStatus()).isEqualTo("REFUSED");
        assertThat(lifecycle.closedAt()).isEqualTo(days(5).toEpochMilli());
    }

    @Test
    void tellsAnImportedRequestNotYetReceivedByItsGatewayOnlyByTheGatewaysOffsets() {
        hub.pipe(List.of(
                imported("R1", SENT, LocalDate.parse("2017-05-31")),
                imported("R2", SENT, LocalDate.parse("2017-05-31"))));
        // the gateway committed past R1's record (offset 0), not past R2's (offset 1)
        hub.lags.put("FRA", new GatewayLag("FRA", true, Map.of(0, 1L), Map.of(0, 2L), 1, NOW.minusSeconds(5)));

        Responsiveness responsiveness = hub.figures.responsiveness();
        assertThat(responsiveness.notYetReceived()).singleElement().satisfies(request -> {
            assertThat(request.requestId()).isEqualTo("R2");
            assertThat(request.dispatchedAt()).isEqualTo(SENT);
            assertThat(request.alert()).as("due in 2017").isTrue();
        });
    }

    @Test
    void foldsTheSameFiguresWhateverTheOrderAndHoweverOftenReplayed() {
        List<Piped> history = List.of(
                imported(
                        "R1",
                        SENT,
                        LocalDate.parse("2017-05-31"),
                        recorded(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, days(2)),
                        recorded(RecordedEventKind.STATUS_UPDATE, "EXECUTED", days(30))),
                imported(
                        "R2",
                        days(20),
                        LocalDate.parse("2017-06-30"),
                        recorded(RecordedEventKind.STATUS_UPDATE, "IN_PROGRESS", days(25))),
                imported(
                        "R3",
                        days(50),
                        null,
                        recorded(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, days(51)),
                        recorded(RecordedEventKind.WITHDRAWAL, null, days(60))),
                receipt("R1", IMPORTED.plusSeconds(60)),
                receipt("R2", IMPORTED.plusSeconds(120)),
                receipt("R3", IMPORTED.plusSeconds(180)),
                status("R2", RequestStatus.EXECUTED, IMPORTED.plus(Duration.ofHours(3))));
        hub.pipe(history);
        Figured expected = Figured.of(hub);
        assertThat(expected.summary().requests()).isEqualTo(3);
        assertThat(expected.summary().executedRequests()).isEqualTo(2);
        assertThat(expected.summary().acknowledgedRequests()).isEqualTo(2);
        assertThat(expected.summary().medianHoursToAcknowledge()).isCloseTo(36.0, within(1.0));

        hub.pipe(history);
        assertThat(Figured.of(hub)).as("replayed").isEqualTo(expected);

        // reversed: every live message before the imported request it is about, as a catch-up may read them
        List<Piped> reversed = new ArrayList<>(history);
        Collections.reverse(reversed);
        List<List<Piped>> orders = new ArrayList<>(List.of(reversed));
        Random random = new Random(20171027);
        for (int round = 0; round < 3; round++) {
            List<Piped> shuffled = new ArrayList<>(history);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        for (List<Piped> shuffled : orders) {
            Hub fresh = newHub();
            fresh.pipe(shuffled);
            fresh.pipe(shuffled);
            assertThat(Figured.of(fresh)).as("order %s", shuffled).isEqualTo(expected);
        }
    }

    /** The figures and the lifecycles' times, where the order of the messages must not show. */
    private record Figured(
            Summary summary,
            List<BreakdownRow> breakdown,
            List<BacklogRow> backlog,
            List<TurnaroundRow> turnaround,
            List<List<Long>> times) {

        static Figured of(Hub hub) {
            List<List<Long>> times = new ArrayList<>();
            for (String id : List.of("R1", "R2", "R3")) {
                RequestLifecycle l = hub.lifecycle(id);
                times.add(Stream.of(
                                l.dispatchedAt(),
                                l.acknowledgedAt(),
                                l.liveAcknowledgedAt(),
                                l.firstResponseAt(),
                                l.closedAt(),
                                l.executedAt(),
                                l.withdrawnAt(),
                                l.leftBacklogAt(),
                                (long) l.timeline().size())
                        .toList());
            }
            return new Figured(
                    hub.figures.summary(),
                    hub.figures.breakdown(Period.MONTH, Filter.NONE).rows(),
                    hub.figures.backlog(Period.MONTH, Filter.NONE).rows(),
                    hub.figures.turnaround(TurnaroundBy.TYPE, Filter.NONE).rows(),
                    times);
        }
    }

    private static RecordedEvent recorded(RecordedEventKind kind, String status, Instant at) {
        return RecordedEvent.newBuilder()
                .setKind(kind)
                .setStatus(status)
                .setOccurredAt(at)
                .build();
    }

    /** A request of {@code sent} as the Registry imports it from its records, piped at the import. */
    private static Piped imported(String id, Instant sent, LocalDate due, RecordedEvent... events) {
        CooperationRequest request = CooperationRequest.newBuilder(SampleMessages.assetTracingRequest())
                .setRequestId(id)
                .setAddressee("FRA")
                .setDueBy(due)
                .setDispatchedAt(sent)
                .setConfidentiality(Confidentiality.PUBLIC)
                .build();
        CourtMessage message = CourtMessage.newBuilder(SampleMessages.assetFreezingRequest())
                .setMessageId("imp-" + id)
                .setRequestId(id)
                .setAddressee("FRA")
                .setSentAt(IMPORTED)
                .setRequest(request)
                .setImported(ImportedRecord.newBuilder()
                        .setOccurredAt(sent)
                        .setSource(SOURCE)
                        .setEvents(List.of(events))
                        .build())
                .build();
        return new Piped(Topics.requests("FRA"), id, message, IMPORTED);
    }

    /** The live gateway's receipt of the imported copy. */
    private static Piped receipt(String id, Instant at) {
        PartyMessage message = PartyMessage.newBuilder(SampleMessages.receipt())
                .setMessageId("ack-" + id)
                .setRequestId(id)
                .setParty("FRA")
                .setSentAt(at)
                .setReceipt(ReceiptAcknowledgement.newBuilder()
                        .setRevision(1)
                        .setReceivedAt(at)
                        .setRequestSha256("00")
                        .build())
                .build();
        return new Piped(Topics.responses("FRA"), id, message, at);
    }

    private static Piped status(String id, RequestStatus status, Instant at) {
        PartyMessage message = PartyMessage.newBuilder()
                .setMessageId("st-" + id + "-" + status)
                .setRequestId(id)
                .setParty("FRA")
                .setKind(PartyMessageKind.STATUS_UPDATE)
                .setSentAt(at)
                .setStatus(StatusUpdate.newBuilder()
                        .setRevision(1)
                        .setStatus(status)
                        .build())
                .build();
        return new Piped(Topics.responses("FRA"), id, message, at);
    }

    private record Piped(String topic, String key, SpecificRecord value, Instant at) {
        @Override
        public String toString() {
            return topic + "/" + key + "@" + at;
        }
    }

    /** The dashboard's topology in a {@link TopologyTestDriver}, its figures read as the API reads them. */
    private static final class Hub implements DashboardStores, AutoCloseable {

        private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        private final SerdeConfig serdeConfig = SerdeConfig.from(
                Map.of(
                        SerdeConfig.SCHEMA_REGISTRY_URL,
                        "http://registry.invalid",
                        SerdeConfig.SPECIFIC_AVRO_READER,
                        "true"),
                false);
        private final Path stateDir;
        private final TopologyTestDriver driver;
        final Map<String, GatewayLag> lags = new HashMap<>();
        final Figures figures;

        Hub() {
            try {
                stateDir = Files.createTempDirectory("coophub-dashboard-imported");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var topology = DashboardTopology.build(new StreamsBuilder(), serde(), serde(), serde(), serde());
            var props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "coophub-dashboard-imported-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            driver = new TopologyTestDriver(topology, props, IMPORTED);
            figures = new Figures(
                    this,
                    () -> SnapshotBuilder.build(this, NOW),
                    () -> Map.copyOf(lags),
                    Duration.ofDays(7),
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }

        private <T extends SpecificRecord> CoopAvroSerde<T> serde() {
            return new CoopAvroSerde<>(
                    new CoopAvroSerializer<>(registry, serdeConfig, false),
                    new CoopAvroDeserializer<>(registry, serdeConfig));
        }

        void pipe(List<Piped> records) {
            for (Piped r : records) {
                driver.createInputTopic(
                                r.topic(),
                                Serdes.String().serializer(),
                                this.<SpecificRecord>serde().serializer())
                        .pipeInput(new TestRecord<>(r.key(), r.value(), r.at()));
            }
        }

        RequestLifecycle lifecycle(String requestId) {
            return requests().get(requestId);
        }

        @Override
        public ReadOnlyKeyValueStore<String, RequestLifecycle> requests() {
            return driver.getKeyValueStore(RequestLifecycles.STORE);
        }

        @Override
        public ReadOnlyKeyValueStore<String, OpenRequest> openRequests() {
            return driver.getKeyValueStore(RequestLifecycles.OPEN_REQUESTS);
        }

        @Override
        public ReadOnlyKeyValueStore<String, FigureCell> figures() {
            return driver.getKeyValueStore(RequestLifecycles.FIGURES);
        }

        @Override
        public ReadOnlyKeyValueStore<String, WarrantState> warrants() {
            return driver.getKeyValueStore(Warrants.STORE);
        }

        @Override
        public ReadOnlyKeyValueStore<String, PartyProfile> directory() {
            return driver.getKeyValueStore(Directory.STORE);
        }

        @Override
        public void close() {
            driver.close();
            try (Stream<Path> files = Files.walk(stateDir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
