package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.dashboard.Hub.Piped;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.registry.UnknownSchemaIdException;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.coophub.schemas.serde.UnknownMagicByteException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/** Records the dashboard cannot read go to coop.dashboard.dlt, and the partition moves on. */
@DirtiesContext // closes the Streams application before the module's broker stops
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "coophub.dashboard.gateways.poll-interval=500ms"
        })
class PoisonRecordsTest {

    private static final String DLT = "coop.dashboard.dlt";
    private static final String APPLICATION_ID = "coophub-dashboard";
    private static final String PARTY = "XYZ";
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

    @Autowired
    ApplicationContext application;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Every full-application test shares the broker and the application id: stop, then forget what
     * this one read and stored (its group, its internal topics, its XYZ requests), so the figures
     * of the next one start from nothing again.
     */
    @AfterEach
    void forgetWhatTheApplicationRead() throws Exception {
        // the context closes after the class (@DirtiesContext); the Streams application stops now
        application.getBean("streamsApplication", SmartLifecycle.class).stop();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.removeMembersFromConsumerGroup(APPLICATION_ID, new RemoveMembersFromConsumerGroupOptions())
                    .all()
                    .get();
            admin.deleteConsumerGroups(List.of(APPLICATION_ID)).all().get();
            Set<String> internal = admin.listTopics().names().get().stream()
                    .filter(topic -> topic.startsWith(APPLICATION_ID + "-"))
                    .collect(Collectors.toSet());
            admin.deleteTopics(internal).all().get();
            String topic = Topics.requests(PARTY);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> truncate = new HashMap<>();
            admin.listOffsets(latest)
                    .all()
                    .get()
                    .forEach((tp, end) -> truncate.put(tp, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(truncate).all().get();
        }
    }

    @Test
    void deadLettersWhatItCannotReadWithItsBytesAndReadsOnStayingUp() throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/actuator/health")).contains("\"UP\""));
        String topic = Topics.requests(PARTY);
        createTopic(topic);

        byte[] notWireFormat = "not avro at all".getBytes(StandardCharsets.UTF_8);
        byte[] unknownSchema =
                ByteBuffer.allocate(9).put((byte) 0).putInt(987_654).putInt(42).array();
        RecordMetadata first = sendRaw(topic, "ICC-POISON-0", notWireFormat);
        RecordMetadata second = sendRaw(topic, "ICC-POISON-1", unknownSchema);
        send(Hub.request("ICC-POISON-2", PARTY, Instant.now(), null));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(get("/api/requests/ICC-POISON-2")).contains("\"party\":\"XYZ\""));

        List<ConsumerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DLT).stream()
                    .map(p -> new TopicPartition(DLT, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(deadLetters::add);
                assertThat(find(deadLetters, topic, second)).isPresent();
            });
        }

        ConsumerRecord<byte[], byte[]> notAvro = find(deadLetters, topic, first).orElseThrow();
        assertThat(notAvro.key()).isEqualTo("ICC-POISON-0".getBytes(StandardCharsets.UTF_8));
        assertThat(notAvro.value()).isEqualTo(notWireFormat);
        assertThat(text(notAvro, "kafka_dlt-original-topic")).isEqualTo(topic);
        assertThat(ByteBuffer.wrap(header(notAvro, "kafka_dlt-original-partition"))
                        .getInt())
                .isEqualTo(first.partition());
        assertThat(text(notAvro, "kafka_dlt-exception-fqcn")).isEqualTo(UnknownMagicByteException.class.getName());
        assertThat(text(notAvro, "kafka_dlt-exception-message")).contains("magic byte");

        ConsumerRecord<byte[], byte[]> unknown =
                find(deadLetters, topic, second).orElseThrow();
        assertThat(unknown.value()).isEqualTo(unknownSchema);
        assertThat(text(unknown, "kafka_dlt-exception-fqcn")).isEqualTo(UnknownSchemaIdException.class.getName());

        assertThat(get("/actuator/health")).contains("\"UP\"");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(get("/actuator/prometheus"))
                        .contains(
                                "coophub_dashboard_poison_records_total",
                                "coophub_dashboard_gateway_offset_lag{party=\"XYZ\"}"));
    }

    private static Optional<ConsumerRecord<byte[], byte[]>> find(
            List<ConsumerRecord<byte[], byte[]>> deadLetters, String topic, RecordMetadata original) {
        return deadLetters.stream()
                .filter(r -> topic.equals(text(r, "kafka_dlt-original-topic")))
                .filter(r -> ByteBuffer.wrap(header(r, "kafka_dlt-original-partition"))
                                .getInt()
                        == original.partition())
                .filter(r ->
                        ByteBuffer.wrap(header(r, "kafka_dlt-original-offset")).getLong() == original.offset())
                .findFirst();
    }

    private static byte[] header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? new byte[0] : header.value();
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(header(record, name), StandardCharsets.UTF_8);
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private RecordMetadata sendRaw(String topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private void send(Piped record) throws Exception {
        SerdeConfig config =
                SerdeConfig.from(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://registry.invalid"), false);
        try (var producer = new KafkaProducer<String, SpecificRecord>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(),
                new CoopAvroSerializer<>(REGISTRY, config, false))) {
            producer.send(new ProducerRecord<>(
                            record.topic(), null, record.at().toEpochMilli(), record.key(), record.value()))
                    .get();
        }
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/actuator/health") ? "application/json" : "*/*")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
