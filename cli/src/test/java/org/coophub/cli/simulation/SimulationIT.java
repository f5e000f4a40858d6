package org.coophub.cli.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.hub.AppOptions;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.HubLayout;
import org.coophub.cli.hub.TestHomes;
import org.coophub.cli.hub.UpOptions;
import org.coophub.cli.party.Onboarding;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.request.ImportedRecord;
import org.coophub.schemas.request.RecordedEvent;
import org.coophub.schemas.request.RecordedEventKind;
import org.coophub.schemas.request.RequestContents;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.request.RequestingOrgan;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulated authorities against a real hub started by the launcher: broker with SCRAM and ACLs,
 * the real schema registry, parties onboarded as {@code up} does. Each authority runs with its own
 * party's credentials file, so the broker's ACLs govern everything it reads and writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulationIT {

    static final List<String> PARTIES = List.of("FRA", "DEU", "SWE");

    HubLayout layout;
    Hub hub;
    CourtConnection court;
    SimulationMain.Simulation simulation;
    KafkaProducer<String, byte[]> courtProducer;
    CoopAvroSerializer<CourtMessage> courtSerializer;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startHubOnboardPartiesAndSimulate(@TempDir Path home) throws IOException {
        var libs = Path.of(System.getProperty("coophub.test.kafka-libs", "target/kafka/libs"));
        Path registryJar = Path.of("..", "schema-registry/target/coophub-schema-registry.jar")
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(registryJar)) {
            throw new IllegalStateException(registryJar + " is missing: build schema-registry first");
        }
        layout = new HubLayout(home, libs, registryJar);
        hub = new Hub(layout, new PrintStream(new ByteArrayOutputStream(), true), System.err);
        var noApps = new AppOptions(null, List.of(), false, 0, 0);
        assertThat(hub.up(new UpOptions(TestHomes.freePorts(), true, true, noApps)))
                .isZero();
        court = CourtConnection.fromRunningHub(layout.stackFile());
        new Onboarding(court, layout.credentials()).onboard(PARTIES, Onboarding.DEFAULT_PARTITIONS);

        var producerSettings = new HashMap<String, Object>(court.kafkaSettings());
        producerSettings.keySet().removeIf(key -> key.startsWith("schema.registry") || key.startsWith("basic.auth"));
        // transactional, so that a request and its withdrawal become visible to read_committed together
        producerSettings.put("transactional.id", "simulation-it-court");
        courtProducer = new KafkaProducer<>(producerSettings, new StringSerializer(), new ByteArraySerializer());
        courtProducer.initTransactions();
        courtSerializer = new CoopAvroSerializer<>();
        courtSerializer.configure(court.kafkaSettings(), false);

        // a day of 100 ms: a week of a party's answers in under a second or so
        var options = new SimulationOptions(
                layout.credentials(),
                Map.of(),
                Optional.empty(),
                0,
                Duration.ofMillis(100),
                1,
                0,
                Optional.empty(),
                Optional.empty());
        simulation = SimulationMain.Simulation.start(options, Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        if (simulation != null) {
            simulation.close();
        }
        if (courtProducer != null) {
            courtProducer.close();
        }
        if (hub != null) {
            hub.down();
        }
    }

    @Test
    void reportsUpOnceEveryAuthorityIsAssignedAndPositioned() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> simulation.ready());

        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/status").body()).contains("\"ready\":true", "\"authorities\":3");
    }

    @Test
    void acknowledgesALiveRequestWithItsDigestThenReportsUntilAnOutcome() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> simulation.ready());
        String requestId = "ICC-REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
        byte[] sent = send("FRA", request("FRA", requestId, null));

        List<PartyMessage> answers = new ArrayList<>();
        try (var consumer = responses("FRA")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (requestId.equals(record.key())) {
                        answers.add(record.value());
                    }
                });
                assertThat(answers).isNotEmpty();
                PartyMessage last = answers.get(answers.size() - 1);
                assertThat(last.getKind()).isEqualTo(PartyMessageKind.STATUS_UPDATE);
                assertThat(new Answer(0, last.getStatus().getStatus(), null, null, 0).isOutcome())
                        .isTrue();
            });
        }

        PartyMessage receipt = answers.get(0);
        assertThat(receipt.getKind()).isEqualTo(PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT);
        assertThat(receipt.getParty()).isEqualTo("FRA");
        assertThat(receipt.getReceipt().getRevision()).isEqualTo(1);
        assertThat(receipt.getReceipt().getRequestSha256()).isEqualTo(Authority.sha256(sent));
        assertThat(answers.get(1).getStatus().getStatus().name()).isEqualTo("IN_PROGRESS");
        assertThat(answers).extracting(PartyMessage::getMessageId).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(lag("FRA")).isZero());
    }

    @Test
    void movesPastImportedRequestsWithoutAnsweringThem() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> simulation.ready());
        String imported = "ICC-REQ-2011-" + UUID.randomUUID().toString().substring(0, 6);
        String live = "ICC-REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
        var history = ImportedRecord.newBuilder()
                .setOccurredAt(Instant.parse("2011-03-01T10:00:00Z"))
                .setSource("SimulationIT")
                .setEvents(List.of(RecordedEvent.newBuilder()
                        .setKind(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT)
                        .setOccurredAt(Instant.parse("2011-03-04T10:00:00Z"))
                        .build()))
                .build();
        send("SWE", request("SWE", imported, history));
        send("SWE", request("SWE", live, null));

        var keys = new ArrayList<String>();
        try (var consumer = responses("SWE")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
                assertThat(keys).contains(live);
            });
        }
        assertThat(keys).doesNotContain(imported);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(lag("SWE")).isZero());
    }

    @Test
    void aWithdrawalStopsTheAnswers() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> simulation.ready());
        String withdrawn = "ICC-REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
        String later = "ICC-REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
        // one transaction: the authority reads the request and its withdrawal in the same poll
        send("DEU", request("DEU", withdrawn, null), withdrawal(withdrawn));
        send("DEU", request("DEU", later, null));

        var keys = new ArrayList<String>();
        try (var consumer = responses("DEU")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
                assertThat(keys).contains(later);
            });
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
                assertThat(keys).doesNotContain(withdrawn);
            });
        }
    }

    @Test
    void aRestartedAuthorityResumesFromItsCommittedOffsets() throws Exception {
        // a party the shared simulation does not run: onboarded after it started
        new Onboarding(court, layout.credentials()).onboard(List.of("NOR"), Onboarding.DEFAULT_PARTITIONS);
        String first = "ICC-REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
        String second = "ICC-REQ-2026-" + UUID.randomUUID().toString().substring(0, 6);
        var before = new Tally();
        try (var switchboard = norway(before)) {
            send("NOR", request("NOR", first, null));
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(() ->
                            assertThat(before.of("NOR").acknowledged.sum()).isEqualTo(1));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(lag("NOR")).isZero());
        }

        var after = new Tally();
        try (var switchboard = norway(after)) {
            send("NOR", request("NOR", second, null));
            await().atMost(Duration.ofSeconds(90))
                    .untilAsserted(
                            () -> assertThat(after.of("NOR").acknowledged.sum()).isEqualTo(1));
        }

        assertThat(after.of("NOR").received.sum()).isEqualTo(1);
    }

    private Switchboard norway(Tally tally) {
        var clients = AuthorityClients.fromFile(
                "NOR", layout.credentials().resolve("gateway-NOR.properties"), new HashMap<>());
        var profile =
                new AuthorityProfile("NOR", RegionalGroup.WEOG, false, false, 0.5, 2, 0, new double[] {1, 0, 0, 0}, 1);
        var authority = new Authority(
                profile,
                clients.consumer(),
                clients::producer,
                clients.deserializer(),
                Duration.ofMillis(100),
                Clock.systemUTC(),
                tally.of("NOR"));
        var switchboard = new Switchboard(List.of(authority), Clock.systemUTC(), Duration.ofMillis(50), 1);
        switchboard.start();
        await().atMost(Duration.ofSeconds(60)).until(switchboard::ready);
        return switchboard;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulation.port() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the messages in one transaction; returns the first one's value bytes. */
    private byte[] send(String party, CourtMessage... messages) {
        var values = new ArrayList<byte[]>();
        courtProducer.beginTransaction();
        for (CourtMessage message : messages) {
            byte[] value = courtSerializer.serialize(Topics.requests(party), message);
            values.add(value);
            courtProducer.send(new ProducerRecord<>(Topics.requests(party), message.getRequestId(), value));
        }
        courtProducer.commitTransaction();
        return values.get(0);
    }

    private KafkaConsumer<String, PartyMessage> responses(String party) {
        var settings = new HashMap<String, Object>(court.kafkaSettings());
        settings.put("specific.avro.reader", "true");
        var deserializer = new CoopAvroDeserializer<PartyMessage>();
        deserializer.configure(settings, false);
        settings.keySet()
                .removeIf(key -> key.startsWith("schema.registry")
                        || key.startsWith("basic.auth")
                        || key.equals("specific.avro.reader"));
        var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), deserializer);
        var partitions = consumer.partitionsFor(Topics.responses(party)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** What group gateway-P has not committed on coop.P.requests: the dashboard's "not yet received". */
    private long lag(String party) throws Exception {
        try (Admin admin = court.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("gateway-" + party)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            var partitions = admin
                    .describeTopics(List.of(Topics.requests(party)))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(Topics.requests(party))
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(Topics.requests(party), info.partition()))
                    .toList();
            var request = new HashMap<TopicPartition, OffsetSpec>();
            partitions.forEach(partition -> request.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                lag += ends.get(partition).offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        }
    }

    static CourtMessage request(String party, String requestId, ImportedRecord imported) {
        Instant now = Instant.now();
        var request = CooperationRequest.newBuilder()
                .setRequestId(requestId)
                .setAddressee(party)
                .setRequestType(RequestType.ASSISTANCE_TAKING_OF_EVIDENCE)
                .setLegalBasis("Rome Statute art. 93(1)(b)")
                .setRequestingOrgan(RequestingOrgan.OFFICE_OF_THE_PROSECUTOR)
                .setDispatchedAt(now)
                .setLanguage("en")
                .setContents(RequestContents.newBuilder()
                        .setPurposeAndLegalBasis("Taking of testimony (art. 93(1)(b))")
                        .setEssentialFacts("SimulationIT")
                        .build())
                .build();
        return CourtMessage.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setRequestId(requestId)
                .setAddressee(party)
                .setKind(CourtMessageKind.REQUEST)
                .setSentAt(now)
                .setRequest(request)
                .setImported(imported)
                .build();
    }

    static CourtMessage withdrawal(String requestId) {
        return CourtMessage.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setRequestId(requestId)
                .setAddressee("DEU")
                .setKind(CourtMessageKind.WITHDRAWAL)
                .setSentAt(Instant.now())
                .setNotice(CourtNotice.newBuilder()
                        .setRevision(1)
                        .setText("The Court withdraws the request")
                        .build())
                .build();
    }
}
