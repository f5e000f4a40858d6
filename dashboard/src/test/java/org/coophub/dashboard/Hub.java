package org.coophub.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.coophub.dashboard.directory.Directory;
import org.coophub.dashboard.lifecycle.FigureCell;
import org.coophub.dashboard.lifecycle.OpenRequest;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.dashboard.lifecycle.RequestLifecycles;
import org.coophub.dashboard.summary.DashboardStores;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.warrant.WarrantState;
import org.coophub.dashboard.warrant.Warrants;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.ReceiptAcknowledgement;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.response.StatusUpdate;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerde;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;

/**
 * The dashboard's topology in a {@link TopologyTestDriver}, with the hub's topics to pipe into and
 * the figures read from its stores, as the API reads them. Today is {@link #TODAY}.
 */
final class Hub implements AutoCloseable, DashboardStores {

    static final Instant NOW = Instant.parse("2018-03-01T12:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    static final Instant T0 = SampleMessages.DISPATCHED;

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final SerdeConfig serdeConfig = SerdeConfig.from(
            Map.of(
                    SerdeConfig.SCHEMA_REGISTRY_URL,
                    "http://registry.invalid",
                    SerdeConfig.SPECIFIC_AVRO_READER,
                    "true"),
            false);
    private final Path stateDir = newStateDir();
    private final TopologyTestDriver driver;
    final Figures figures;

    Hub() {
        var builder = new StreamsBuilder();
        var topology = DashboardTopology.build(builder, serde(), serde(), serde(), serde());
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "coophub-dashboard-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        // a directory of its own: test classes (and other checkouts on the machine) run at once
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, T0);
        figures = new Figures(this, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Path newStateDir() {
        try {
            return Files.createTempDirectory("coophub-dashboard-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T extends SpecificRecord> CoopAvroSerde<T> serde() {
        return new CoopAvroSerde<>(
                new CoopAvroSerializer<>(registry, serdeConfig, false),
                new CoopAvroDeserializer<>(registry, serdeConfig));
    }

    /** Pipes {@code value} on {@code topic} with key {@code key} at hub time {@code at}. */
    <T extends SpecificRecord> void pipe(String topic, String key, T value, Instant at) {
        TestInputTopic<String, T> input = driver.createInputTopic(
                topic, Serdes.String().serializer(), this.<T>serde().serializer());
        input.pipeInput(new TestRecord<>(key, value, at));
    }

    void pipe(List<Piped> records) {
        records.forEach(r -> pipe(r.topic(), r.key(), r.value(), r.at()));
    }

    record Piped(String topic, String key, SpecificRecord value, Instant at) {}

    static Piped request(String id, String party, Instant at, LocalDate due) {
        CooperationRequest request = CooperationRequest.newBuilder(SampleMessages.assetTracingRequest())
                .setRequestId(id)
                .setAddressee(party)
                .setDueBy(due)
                .setDispatchedAt(at)
                .build();
        CourtMessage message = CourtMessage.newBuilder(SampleMessages.assetFreezingRequest())
                .setMessageId("req-" + id)
                .setRequestId(id)
                .setAddressee(party)
                .setSentAt(at)
                .setRequest(request)
                .build();
        return new Piped(Topics.requests(party), id, message, at);
    }

    /**
     * A request of {@code type} to {@code party}; under seal when {@code sealed} (the API then
     * withholds its type), otherwise public.
     */
    static Piped request(String id, String party, Instant at, LocalDate due, RequestType type, boolean sealed) {
        Piped piped = request(id, party, at, due);
        CourtMessage message = (CourtMessage) piped.value();
        CooperationRequest request = CooperationRequest.newBuilder(message.getRequest())
                .setRequestType(type)
                .setConfidentiality(sealed ? Confidentiality.UNDER_SEAL : Confidentiality.PUBLIC)
                .build();
        return new Piped(
                piped.topic(),
                piped.key(),
                CourtMessage.newBuilder(message).setRequest(request).build(),
                at);
    }

    /** A State Party in the directory, otherwise like France's sample entry. */
    static PartyProfile stateParty(String code, String name, RegionalGroup group) {
        return PartyProfile.newBuilder(SampleMessages.franceProfile())
                .setCode(code)
                .setName(name)
                .setRegionalGroup(group)
                .setLanguages(List.of())
                .build();
    }

    static Piped withdrawal(String id, String party, Instant at) {
        CourtMessage message = CourtMessage.newBuilder()
                .setMessageId("wd-" + id)
                .setRequestId(id)
                .setAddressee(party)
                .setKind(CourtMessageKind.WITHDRAWAL)
                .setSentAt(at)
                .setNotice(CourtNotice.newBuilder()
                        .setRevision(1)
                        .setText("Withdrawn")
                        .build())
                .build();
        return new Piped(Topics.requests(party), id, message, at);
    }

    /** A receipt whose party clock says {@code partyClock}; the hub appended it at {@code at}. */
    static Piped receipt(String id, String party, Instant at, Instant partyClock) {
        PartyMessage message = PartyMessage.newBuilder(SampleMessages.receipt())
                .setMessageId("ack-" + id)
                .setRequestId(id)
                .setParty(party)
                .setSentAt(partyClock)
                .setReceipt(ReceiptAcknowledgement.newBuilder()
                        .setRevision(1)
                        .setReceivedAt(partyClock)
                        .setRequestSha256("00")
                        .build())
                .build();
        return new Piped(Topics.responses(party), id, message, at);
    }

    static Piped status(String id, String party, RequestStatus status, Instant at) {
        PartyMessage message = PartyMessage.newBuilder()
                .setMessageId("st-" + id + "-" + status)
                .setRequestId(id)
                .setParty(party)
                .setKind(PartyMessageKind.STATUS_UPDATE)
                .setSentAt(at)
                .setStatus(StatusUpdate.newBuilder()
                        .setRevision(1)
                        .setStatus(status)
                        .build())
                .build();
        return new Piped(Topics.responses(party), id, message, at);
    }

    static Piped warrant(String warrantId, String messageId, WarrantEventKind kind, Instant at, String party) {
        WarrantEvent event = WarrantEvent.newBuilder(SampleMessages.warrantIssued())
                .setMessageId(messageId)
                .setWarrantId(warrantId)
                .setKind(kind)
                .setOccurredAt(at)
                .setRecordedAt(at)
                .setPersonReference("P-" + warrantId)
                .setParty(party)
                .build();
        return new Piped(Topics.COURT_WARRANTS, warrantId, event, at);
    }

    static Piped profile(PartyProfile profile) {
        return new Piped(Topics.DIRECTORY, profile.getCode(), profile, T0);
    }

    void removeFromDirectory(String code) {
        driver.createInputTopic(
                        Topics.DIRECTORY,
                        Serdes.String().serializer(),
                        this.<PartyProfile>serde().serializer())
                .pipeInput(code, null);
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
