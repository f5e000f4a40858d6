package org.coophub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.SampleMessages.TopicRecord;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The wire contract end to end: every message kind written by CoopHub's serializer to a real
 * broker, its schema registered over HTTP with this registry, read back by the deserializer — and
 * still read, under the same ids, by a fresh deserializer after the registry restarts.
 */
class SerdeThroughRegistryTests {

    private static final String STORE_TOPIC = "_schemas_serde";

    @BeforeAll
    static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()))) {
            List<NewTopic> topics = SampleMessages.all().stream()
                    .map(TopicRecord::topic)
                    .distinct()
                    .map(topic -> new NewTopic(topic, 1, (short) 1))
                    .toList();
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void roundTripsEveryMessageKindThroughTheRegistryAndKeepsIdsAcrossARestart() {
        List<TopicRecord> samples = SampleMessages.all();
        Map<String, Integer> idsBeforeRestart = new LinkedHashMap<>();

        try (ConfigurableApplicationContext registry = startRegistry()) {
            String url = "http://127.0.0.1:" + port(registry);
            try (KafkaProducer<String, SpecificRecord> producer = producer(url)) {
                for (TopicRecord sample : samples) {
                    producer.send(new ProducerRecord<>(sample.topic(), "key", sample.record()));
                }
                producer.flush();
            }

            assertThat(readAll(url, samples.size())).containsExactlyElementsOf(asJson(samples));
            RegistryHttp http = RegistryHttp.at(port(registry));
            for (TopicRecord sample : samples) {
                String subject = sample.topic() + "-value";
                idsBeforeRestart.put(
                        subject,
                        http.get("/subjects/" + subject + "/versions/latest")
                                .json()
                                .get("id")
                                .asInt());
            }
        }
        assertThat(idsBeforeRestart.values()).doesNotContainNull();

        try (ConfigurableApplicationContext restarted = startRegistry()) {
            String url = "http://127.0.0.1:" + port(restarted);
            RegistryHttp http = RegistryHttp.at(port(restarted));
            idsBeforeRestart.forEach((subject, id) -> assertThat(http.get("/subjects/" + subject + "/versions/latest")
                            .json()
                            .get("id")
                            .asInt())
                    .as(subject)
                    .isEqualTo(id));

            assertThat(readAll(url, samples.size())).containsExactlyElementsOf(asJson(samples));
        }
    }

    private static List<String> readAll(String registryUrl, int expected) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "serde-test-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CoopAvroDeserializer.class);
        props.put(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        props.put(SerdeConfig.SPECIFIC_AVRO_READER, "true");
        List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
        try (KafkaConsumer<String, SpecificRecord> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(SampleMessages.all().stream()
                    .map(TopicRecord::topic)
                    .distinct()
                    .toList());
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        // one partition per topic keeps each topic's order; order the topics as the samples are
        List<String> topicOrder =
                SampleMessages.all().stream().map(TopicRecord::topic).distinct().toList();
        return records.stream()
                .sorted(java.util.Comparator.comparingInt(
                                (ConsumerRecord<String, SpecificRecord> r) -> topicOrder.indexOf(r.topic()))
                        .thenComparingLong(ConsumerRecord::offset))
                .map(r -> r.value().getClass().getSimpleName() + " " + r.value())
                .toList();
    }

    /** Compared as Avro JSON: generated equals() cannot compare arrays of records with logical types. */
    private static List<String> asJson(List<TopicRecord> samples) {
        return samples.stream()
                .map(s -> s.record().getClass().getSimpleName() + " " + s.record())
                .toList();
    }

    private static KafkaProducer<String, SpecificRecord> producer(String registryUrl) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CoopAvroSerializer.class);
        props.put(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        return new KafkaProducer<>(props);
    }

    private static ConfigurableApplicationContext startRegistry() {
        return new SpringApplicationBuilder(SchemaRegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + brokers(),
                        "--coophub.registry.topic=" + STORE_TOPIC);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String brokers() {
        return System.getProperty("spring.embedded.kafka.brokers");
    }
}
