package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.dashboard.Hub.Piped;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The whole application (Kafka Streams, stores, API, page) on the module's one embedded broker,
 * shared by every test class that extends this one: they declare nothing that changes the Spring
 * context, so Spring's context cache hands them the same application, and one Streams application
 * ({@code application.id} {@code coophub-dashboard}) runs for all of them. No second member waits
 * for the first one's session to expire, and the records of one class are there for the others:
 * each class asserts on what it sent (its own ids, its own party), never on totals alone.
 *
 * <p>These classes run after every other test class ({@link LiveDashboardLast}): a test that
 * starts an application of its own must have closed it before this one starts.
 *
 * <p>The application is closed once, when the test engine has run every class and before
 * spring-kafka-test stops the global broker (the root extension context closes first), so the
 * Streams application leaves cleanly. {@code src/test/resources/spring.properties} keeps Spring
 * from pausing it between classes: a closed {@code KafkaStreams} cannot start again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@ExtendWith(LiveDashboard.ClosedBeforeTheBroker.class)
abstract class LiveDashboard {

    private static final InMemorySchemaRegistry REGISTRY = new InMemorySchemaRegistry();
    private static final Path STATE = stateDirectory();

    @TestBean
    SchemaRegistryClient schemaRegistryClient;

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private final HttpClient http = HttpClient.newHttpClient();

    static SchemaRegistryClient schemaRegistryClient() {
        return REGISTRY;
    }

    @DynamicPropertySource
    static void stateDir(DynamicPropertyRegistry registry) {
        registry.add("coophub.dashboard.state-dir", STATE::toString);
    }

    private static Path stateDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target.toAbsolutePath(), "dashboard-state-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /actuator/health} says UP: the Streams application is RUNNING. */
    void awaitRunning() {
        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(get("/actuator/health")).contains("\"UP\""));
    }

    /**
     * Creates the topics that do not exist yet, kept forever ({@code retention.ms=-1}): records
     * stamped months ago would otherwise fall under the broker's 7-day retention.
     */
    void createTopics(Collection<String> topics) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .distinct()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic ->
                            new NewTopic(topic, 2, (short) 1).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))
                    .toList();
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Sends the records with their hub time as the Kafka timestamp, as the hub's clients do, once
     * every topic they go to has a leader for each partition (a topic just created may not have
     * one yet: the producer then retries, out of sequence). Fails if a record is not written.
     */
    void send(List<Piped> records) throws InterruptedException, ExecutionException {
        SerdeConfig config =
                SerdeConfig.from(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://registry.invalid"), false);
        try (var producer = new KafkaProducer<String, SpecificRecord>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        30_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        10_000),
                new StringSerializer(),
                new CoopAvroSerializer<>(REGISTRY, config, false))) {
            for (String topic : topicsOf(records)) {
                await().atMost(Duration.ofSeconds(30))
                        .ignoreExceptions()
                        .until(() -> !producer.partitionsFor(topic).isEmpty()
                                && producer.partitionsFor(topic).stream()
                                        .allMatch(partition -> partition.leader() != null
                                                && !partition.leader().isEmpty()));
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(r -> sent.add(
                    producer.send(new ProducerRecord<>(r.topic(), null, r.at().toEpochMilli(), r.key(), r.value()))));
            producer.flush();
            for (Future<RecordMetadata> written : sent) {
                written.get();
            }
        }
    }

    static Set<String> topicsOf(List<Piped> records) {
        return records.stream().map(Piped::topic).collect(Collectors.toSet());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The body of a GET (JSON unless the path asks for CSV). */
    String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", path.startsWith("/actuator/health") ? "application/json" : "*/*")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The HTTP status of a GET. */
    int status(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Closes the shared application when the engine has run every test class, before the global
     * embedded broker stops (spring-kafka-test stops it when the whole test plan has finished).
     */
    static final class ClosedBeforeTheBroker implements BeforeAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(ClosedBeforeTheBroker.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            var application = (ConfigurableApplicationContext) SpringExtension.getApplicationContext(context);
            context.getRoot()
                    .getStore(NAMESPACE)
                    .computeIfAbsent(
                            ConfigurableApplicationContext.class,
                            key -> (AutoCloseable) application::close,
                            AutoCloseable.class);
        }
    }
}
