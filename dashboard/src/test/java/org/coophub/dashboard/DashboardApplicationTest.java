package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.dashboard.Hub.Piped;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/** The whole application on the module's embedded broker: records in, figures out over HTTP. */
@DirtiesContext // closes the Streams application before the module's broker stops
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class DashboardApplicationTest {

    private static final InMemorySchemaRegistry REGISTRY = new InMemorySchemaRegistry();

    @TempDir
    static Path state;

    @TestBean
    SchemaRegistryClient schemaRegistryClient;

    static SchemaRegistryClient schemaRegistryClient() {
        return REGISTRY;
    }

    @DynamicPropertySource
    static void stateDir(DynamicPropertyRegistry registry) {
        registry.add("coophub.dashboard.state-dir", () -> state.toString());
    }

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void showsTheFiguresOfWhatFlowsThroughTheHubIncludingAPartyOnboardedLater() throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/actuator/health")).contains("\"UP\""));

        // recent timestamps: the broker's retention (7 days) would delete records stamped in 2017
        // before the Streams application reads a topic created later
        Instant dispatched = Instant.now().minus(Duration.ofHours(3));
        send(List.of(
                Hub.profile(SampleMessages.franceProfile()),
                Hub.request("ICC-REQ-1", "FRA", dispatched, null),
                Hub.receipt("ICC-REQ-1", "FRA", dispatched.plus(Duration.ofHours(2)), dispatched),
                Hub.warrant("W1", "w1-issued", WarrantEventKind.ISSUED, dispatched, null)));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(get("/api/summary"))
                        .contains(
                                "\"parties\":1",
                                "\"openRequests\":1",
                                "\"outstandingWarrants\":1",
                                "\"medianHoursToAcknowledge\":2.0"));

        assertThat(get("/api/requests/ICC-REQ-1")).contains("\"status\":\"ACKNOWLEDGED\"");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(List.of(new NewTopic(Topics.requests("ARG"), 1, (short) 1)))
                    .all()
                    .get();
        }
        send(List.of(Hub.request("ICC-REQ-2", "ARG", Instant.now(), null)));

        // found by the pattern subscription at the next metadata refresh, without a restart
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/summary")).contains("\"openRequests\":2"));
        assertThat(get("/api/requests/ICC-REQ-2")).contains("\"party\":\"ARG\"");
        assertThat(get("/actuator/prometheus")).contains("coophub_dashboard_requests_open 2.0");
        assertThat(get("/")).contains("id=\"medianDaysToExecute\"");
        assertThat(get("/v3/api-docs")).contains("/api/summary");
    }

    private void send(List<Piped> records) throws Exception {
        SerdeConfig config =
                SerdeConfig.from(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://registry.invalid"), false);
        try (var producer = new KafkaProducer<String, SpecificRecord>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(),
                new CoopAvroSerializer<>(REGISTRY, config, false))) {
            records.forEach(r ->
                    producer.send(new ProducerRecord<>(r.topic(), null, r.at().toEpochMilli(), r.key(), r.value())));
            producer.flush();
        }
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/actuator/health") ? "application/json" : "*/*")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
