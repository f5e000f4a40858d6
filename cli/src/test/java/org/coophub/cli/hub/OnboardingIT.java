package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.directory.Directory;
import org.coophub.cli.party.Onboarding;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Onboarding and the directory against a real broker and the real schema registry, started by the
 * launcher in a temporary home: the broker itself proves party isolation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class OnboardingIT {

    HubLayout layout;
    Hub hub;
    CourtConnection court;
    Onboarding onboarding;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeAll
    void startHubAndOnboardFranceAndGermany(@TempDir Path home) {
        var libs = Path.of(System.getProperty("coophub.test.kafka-libs", "target/kafka/libs"));
        var registryJar =
                TestClients.requiredJar("schema-registry/target/coophub-schema-registry.jar", "schema-registry");
        layout = new HubLayout(home, libs, registryJar);
        hub = new Hub(layout, new PrintStream(out, true), System.err);
        var noApps = new AppOptions(null, List.of(), false, 0, 0);
        assertThat(TestClients.up(hub, new UpOptions(TestHomes.freePorts(), true, true, noApps)))
                .isZero();
        court = CourtConnection.fromRunningHub(layout.stackFile());
        onboarding = new Onboarding(court, layout.credentials());
        onboarding.onboard(List.of("FRA", "DEU"), Onboarding.DEFAULT_PARTITIONS);
    }

    @AfterAll
    void stopHub() {
        hub.down();
    }

    @Test
    @Order(1)
    void createsThePartyTopicsAndTheCourtTopics() {
        // the broker's metadata catches up with the controller a moment after the creation
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (Admin admin = court.admin()) {
                var topics = admin.describeTopics(List.of(
                                Topics.requests("FRA"),
                                Topics.responses("FRA"),
                                Topics.requestsDeadLetter("FRA"),
                                Topics.COURT_WARRANTS,
                                Topics.DIRECTORY))
                        .allTopicNames()
                        .get(30, TimeUnit.SECONDS);

                assertThat(topics.get(Topics.requests("FRA")).partitions()).hasSize(3);
                assertThat(topics.get(Topics.requestsDeadLetter("FRA")).partitions())
                        .hasSize(3);
                assertThat(topics.get(Topics.COURT_WARRANTS).partitions()).hasSize(3);
                assertThat(topics.get(Topics.DIRECTORY).partitions()).hasSize(1);
            }
        });
    }

    @Test
    @Order(2)
    void writesAnOwnerOnlyClientPropertiesFileWithoutRegistryWriteCredentials() throws Exception {
        Path file = layout.credentials().resolve("gateway-FRA.properties");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(TestClients.settings(file))
                .containsKeys(
                        "bootstrap.servers",
                        "security.protocol",
                        "sasl.mechanism",
                        "sasl.jaas.config",
                        "schema.registry.url")
                .doesNotContainKeys("basic.auth.user.info");
    }

    @Test
    @Order(3)
    void franceReadsItsRequestsAndWritesItsResponses() throws Exception {
        try (var courtProducer = stringProducer(courtFile())) {
            courtProducer
                    .send(new ProducerRecord<>(Topics.requests("FRA"), "ICC-REQ-2026-000001", "request"))
                    .get(30, TimeUnit.SECONDS);
        }
        try (var consumer = stringConsumer(gatewayFile("FRA"), "gateway-FRA")) {
            consumer.subscribe(List.of(Topics.requests("FRA")));
            var received = new java.util.ArrayList<String>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> received.add(record.key()));
            }
            assertThat(received).containsExactly("ICC-REQ-2026-000001");
        }
        try (var producer = stringProducer(gatewayFile("FRA"))) {
            var written = producer.send(new ProducerRecord<>(Topics.responses("FRA"), "ICC-REQ-2026-000001", "ack"))
                    .get(30, TimeUnit.SECONDS);
            assertThat(written.topic()).isEqualTo(Topics.responses("FRA"));
        }
    }

    @Test
    @Order(4)
    void franceCannotReadGermanRequests() {
        try (var consumer = stringConsumer(gatewayFile("FRA"), "gateway-FRA")) {
            consumer.assign(List.of(new TopicPartition(Topics.requests("DEU"), 0)));

            Throwable denied = catchThrowable(() -> consumer.poll(Duration.ofSeconds(10)));

            assertThat(TestClients.causes(denied)).anyMatch(TopicAuthorizationException.class::isInstance);
        }
    }

    @Test
    @Order(5)
    void franceCannotWriteGermanResponses() {
        try (var producer = stringProducer(gatewayFile("FRA"))) {
            Throwable denied = catchThrowable(
                    () -> producer.send(new ProducerRecord<>(Topics.responses("DEU"), "ICC-REQ-2026-000001", "forged"))
                            .get(30, TimeUnit.SECONDS));

            assertThat(TestClients.causes(denied)).anyMatch(TopicAuthorizationException.class::isInstance);
        }
    }

    @Test
    @Order(6)
    void franceCannotJoinGermanysConsumerGroup() {
        try (var consumer = stringConsumer(gatewayFile("FRA"), "gateway-DEU")) {
            consumer.subscribe(List.of(Topics.requests("FRA")));

            Throwable denied = catchThrowable(() -> consumer.poll(Duration.ofSeconds(10)));

            assertThat(TestClients.causes(denied)).anyMatch(GroupAuthorizationException.class::isInstance);
        }
    }

    @Test
    @Order(7)
    void franceCannotUseGermanysTransactionalIds() {
        var settings = TestClients.producer(gatewayFile("FRA"));
        settings.put("transactional.id", "gateway-DEU-x");
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            Throwable denied = catchThrowable(producer::initTransactions);

            assertThat(TestClients.causes(denied)).anyMatch(TransactionalIdAuthorizationException.class::isInstance);
        }
    }

    @Test
    @Order(8)
    void franceUsesItsOwnTransactionalIds() {
        var settings = TestClients.producer(gatewayFile("FRA"));
        settings.put("transactional.id", "gateway-FRA-0");
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.responses("FRA"), "ICC-REQ-2026-000001", "status"));
            producer.commitTransaction();
        }
    }

    @Test
    @Order(9)
    void registersThePartySubjectsAsFullTransitive() throws Exception {
        var http = HttpClient.newHttpClient();
        var json = JsonMapper.builder().build();
        String registry = court.registryUrl().orElseThrow();

        var subjects = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(registry + "/subjects"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        var config = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(registry + "/config/coop.FRA.requests-value"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());

        assertThat(subjects.toString())
                .contains(
                        "coop.FRA.requests-value",
                        "coop.FRA.responses-value",
                        "coop.DEU.requests-value",
                        "coop.DEU.responses-value");
        assertThat(config.get("compatibilityLevel").asString()).isEqualTo("FULL_TRANSITIVE");
    }

    @Test
    @Order(10)
    void onboardingTwiceChangesNothing() throws Exception {
        String before = Files.readString(gatewayFile("FRA"));
        int aclsBefore = aclCount("gateway-FRA");

        var again = onboarding.onboard(List.of("FRA"), Onboarding.DEFAULT_PARTITIONS);

        assertThat(again.get(0).newSecret()).isFalse();
        assertThat(Files.readString(gatewayFile("FRA"))).isEqualTo(before);
        assertThat(aclCount("gateway-FRA")).isEqualTo(aclsBefore).isEqualTo(9);
        try (var producer = stringProducer(gatewayFile("FRA"))) {
            producer.send(new ProducerRecord<>(Topics.responses("FRA"), "k", "still allowed"))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(11)
    void removingAPartyRevokesItsLoginAndAclsAndKeepsItsTopics() throws Exception {
        var germanSettings = TestClients.producer(gatewayFile("DEU"));

        int removed = onboarding.remove("DEU");

        assertThat(removed).isEqualTo(9);
        assertThat(aclCount("gateway-DEU")).isZero();
        assertThat(gatewayFile("DEU")).doesNotExist();
        try (var producer = new KafkaProducer<>(germanSettings, new StringSerializer(), new StringSerializer())) {
            Throwable refused = catchThrowable(
                    () -> producer.send(new ProducerRecord<>(Topics.responses("DEU"), "k", "after removal"))
                            .get(30, TimeUnit.SECONDS));
            assertThat(TestClients.causes(refused)).anyMatch(SaslAuthenticationException.class::isInstance);
        }
        try (Admin admin = court.admin()) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(Topics.requests("DEU"));
        }
    }

    @Test
    @Order(12)
    void seedsThe123StatesPartiesOf2017ByDefault() {
        new Directory(court, Clock.systemUTC()).seed(AsOf.BUREAU_REPORT);

        Map<String, PartyProfile> directory = readDirectory();

        assertThat(directory).hasSize(123).doesNotContainKeys("UKR", "BDI", "ARM");
        var byGroup = new TreeMap<String, Integer>();
        directory
                .values()
                .forEach(profile -> byGroup.merge(profile.getRegionalGroup().name(), 1, Integer::sum));
        assertThat(byGroup)
                .containsExactlyEntriesOf(new TreeMap<>(
                        Map.of("AFRICAN", 33, "ASIA_PACIFIC", 19, "EASTERN_EUROPEAN", 18, "GRULAC", 28, "WEOG", 25)));
        assertThat(directory.get("DEU").getLanguages()).containsExactly("de");
        assertThat(directory.get("ALB").getLanguages()).containsExactly("en", "fr");
        assertThat(directory.get("AND").getLanguages()).containsExactly("fr");
        assertThat(directory.get("FRA").getLanguages()).isEmpty();
        assertThat(directory.get("FRA").getActive()).isTrue();
        assertThat(directory.get("FRA").getEntryIntoForce()).hasToString("2002-07-01");
    }

    @Test
    @Order(13)
    void reseedingAsOfTodayLeavesTodays124() {
        new Directory(court, Clock.systemUTC()).seed(AsOf.TODAY);

        Map<String, PartyProfile> directory = readDirectory();

        assertThat(directory).hasSize(124).containsKey("UKR").doesNotContainKey("HUN");
    }

    /** The directory as a reader of the compacted topic sees it: the last value per key, tombstones removing. */
    private Map<String, PartyProfile> readDirectory() {
        var settings = TestClients.consumer(courtFile(), "directory-check");
        settings.put("specific.avro.reader", "true");
        var deserializer = new CoopAvroDeserializer<PartyProfile>();
        deserializer.configure(settings, false);
        var directory = new HashMap<String, PartyProfile>();
        var partition = new TopicPartition(Topics.DIRECTORY, 0);
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), deserializer)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.value() == null) {
                        directory.remove(record.key());
                    } else {
                        directory.put(record.key(), record.value());
                    }
                });
            }
        }
        return directory;
    }

    private int aclCount(String principal) throws Exception {
        try (Admin admin = court.admin()) {
            return admin.describeAcls(new org.apache.kafka.common.acl.AclBindingFilter(
                            org.apache.kafka.common.resource.ResourcePatternFilter.ANY,
                            new org.apache.kafka.common.acl.AccessControlEntryFilter(
                                    "User:" + principal,
                                    null,
                                    org.apache.kafka.common.acl.AclOperation.ANY,
                                    org.apache.kafka.common.acl.AclPermissionType.ANY)))
                    .values()
                    .get(30, TimeUnit.SECONDS)
                    .size();
        }
    }

    private Path courtFile() {
        return layout.clientProperties("court");
    }

    private Path gatewayFile(String party) {
        return layout.credentials().resolve("gateway-" + party + ".properties");
    }

    private static KafkaProducer<String, String> stringProducer(Path file) {
        return new KafkaProducer<>(TestClients.producer(file), new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> stringConsumer(Path file, String group) {
        return new KafkaConsumer<>(
                TestClients.consumer(file, group), new StringDeserializer(), new StringDeserializer());
    }
}
