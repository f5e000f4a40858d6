package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
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
 * A real Kafka broker started by the launcher's own code in a temporary home, on free ports. The
 * schema registry is left out ({@code withRegistry=false}): its jar is another module's build output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class HubIT {

    static final String REQUESTS = "coop.FRA.requests";

    HubLayout layout;
    HubPorts ports;
    Hub hub;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeAll
    void startKafka(@TempDir Path home) {
        var libs = Path.of(System.getProperty("coophub.test.kafka-libs", "target/kafka/libs"));
        layout = new HubLayout(home, libs, home.resolve("no-registry.jar"));
        ports = TestHomes.freePorts();
        hub = new Hub(layout, new PrintStream(out, true), System.err);
        assertThat(hub.up(kafkaOnly())).isZero();
    }

    @AfterAll
    void stopKafka() {
        hub.down();
    }

    @Test
    @Order(1)
    void writesTheStackFileOnceReady() throws IOException {
        var json = JsonMapper.builder().build().readTree(Files.readString(layout.stackFile()));

        assertThat(json.get("bootstrap").asString()).isEqualTo("127.0.0.1:" + ports.kafka());
        assertThat(Path.of(json.get("credentials").get("court").asString())).isRegularFile();
        assertThat(Path.of(json.get("credentials").get("registry").asString())).isRegularFile();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("kafka: ready in", "CoopHub is up in");
    }

    @Test
    @Order(2)
    void courtLogsInWithScramAndCreatesTopics() throws Exception {
        try (Admin court = Admin.create(clientSettings("court"))) {
            court.createTopics(List.of(new NewTopic(REQUESTS, 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);

            // the broker's metadata catches up with the controller a moment after the creation
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(court.listTopics().names().get(30, TimeUnit.SECONDS))
                            .contains(REQUESTS));
        }
    }

    @Test
    @Order(3)
    void registryPrincipalCreatesAndWritesItsSchemasTopic() throws Exception {
        try (Admin registry = Admin.create(clientSettings("registry"));
                var producer = producer("registry")) {
            registry.createTopics(List.of(new NewTopic(RegistryAccess.SCHEMAS_TOPIC, 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);

            var written = producer.send(new ProducerRecord<>(RegistryAccess.SCHEMAS_TOPIC, "key", "schema"))
                    .get(30, TimeUnit.SECONDS);

            assertThat(written.offset()).isZero();
        }
    }

    @Test
    @Order(4)
    void registryPrincipalIsDeniedAnyOtherTopic() {
        try (var producer = producer("registry")) {
            Throwable denied = catchThrowable(() -> producer.send(new ProducerRecord<>(REQUESTS, "key", "request"))
                    .get(30, TimeUnit.SECONDS));

            assertThat(causes(denied)).anyMatch(TopicAuthorizationException.class::isInstance);
        }
    }

    @Test
    @Order(5)
    void aWrongPasswordFailsAuthentication() {
        var settings = clientSettings("court");
        settings.put("sasl.jaas.config", ClientSettings.scramJaas("court", "not-the-password"));
        try (Admin impostor = Admin.create(settings)) {
            Throwable refused =
                    catchThrowable(() -> impostor.describeCluster().nodes().get(30, TimeUnit.SECONDS));

            assertThat(causes(refused)).anyMatch(SaslAuthenticationException.class::isInstance);
        }
    }

    @Test
    @Order(6)
    void upWhileRunningSaysSoAndSucceeds() {
        assertThat(hub.up(kafkaOnly())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CoopHub is already running");
    }

    @Test
    @Order(7)
    void aRestartKeepsTheTopics() throws Exception {
        assertThat(hub.down()).isZero();
        assertThat(new KafkaStorage(layout).isFormatted()).isTrue();

        assertThat(hub.up(kafkaOnly())).isZero();

        try (Admin court = Admin.create(clientSettings("court"))) {
            assertThat(court.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains(REQUESTS, RegistryAccess.SCHEMAS_TOPIC);
        }
    }

    @Test
    @Order(8)
    void downLeavesNoProcessBehind() throws IOException {
        long pid =
                Long.parseLong(Files.readString(layout.pidFile(Component.KAFKA)).trim());

        assertThat(hub.down()).isZero();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(processesOfThisHub()).isEmpty();
        assertThat(layout.pidFile(Component.KAFKA)).doesNotExist();
        assertThat(layout.stackFile()).doesNotExist();
        assertThat(hub.status()).isNotZero();
    }

    @Test
    @Order(9)
    void aRegistryThatFailsToStartIsNamedWithItsLogAndKafkaIsStoppedToo() throws IOException {
        Files.writeString(layout.registryJar(), "not a jar");

        Throwable failure = catchThrowable(() -> hub.up(new UpOptions(ports, true, true)));

        assertThat(failure)
                .isInstanceOf(HubException.class)
                .hasMessageStartingWith("schema-registry failed to start (it exited with code 1)");
        assertThat(((HubException) failure).details())
                .first()
                .asString()
                .contains("last lines of", "schema-registry.log");
        assertThat(((HubException) failure).details()).anyMatch(line -> line.contains("Invalid or corrupt jarfile"));
        assertThat(processesOfThisHub()).isEmpty();
        assertThat(layout.pidFile(Component.KAFKA)).doesNotExist();
        assertThat(layout.stackFile()).doesNotExist();
    }

    private List<ProcessHandle> processesOfThisHub() {
        String marker = "-Dcoophub.home=" + layout.home();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .arguments()
                        .map(List::of)
                        .orElse(List.of())
                        .contains(marker))
                .toList();
    }

    private UpOptions kafkaOnly() {
        return new UpOptions(ports, false, true);
    }

    private Map<String, Object> clientSettings(String principal) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(layout.clientProperties(principal))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var settings = new HashMap<String, Object>();
        properties.forEach((key, value) -> settings.put((String) key, value));
        settings.put("default.api.timeout.ms", 20_000);
        settings.put("request.timeout.ms", 10_000);
        return settings;
    }

    private KafkaProducer<String, String> producer(String principal) {
        var settings = clientSettings(principal);
        settings.remove("default.api.timeout.ms");
        settings.put("max.block.ms", 20_000);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, cause -> cause != null, Throwable::getCause);
    }
}
