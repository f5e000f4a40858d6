package org.coophub.dashboard.responsiveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** The poller against the module's embedded broker (spring-kafka-test's global one). */
class GatewayLagPollerTest {

    private final String brokers = System.getProperty(EmbeddedKafkaBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Admin admin;
    private GatewayLagPoller poller;

    @BeforeEach
    void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
    }

    @AfterEach
    void close() {
        if (poller != null) {
            poller.stop();
        }
        admin.close();
    }

    @Test
    void reportsWhatTheGatewayCommittedPastAndAPartyWithoutAGroupAsNotFound() throws Exception {
        String topic = Topics.requests("XYZ");
        createTopic(topic);
        createTopic(Topics.requests("NOGW"));
        List<RecordMetadata> sent = send(topic, 3);
        int partition = sent.get(0).partition();
        long first = sent.get(0).offset();
        admin.alterConsumerGroupOffsets(
                        "gateway-XYZ", Map.of(new TopicPartition(topic, partition), new OffsetAndMetadata(first + 2)))
                .all()
                .get();

        poller = new GatewayLagPoller(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new GatewaySettings(true, Duration.ofMillis(200), Duration.ofSeconds(10)),
                meters,
                Clock.systemUTC());
        poller.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            GatewayLag xyz = poller.current().get("XYZ");
            assertThat(xyz).isNotNull();
            assertThat(xyz.consumerGroupFound()).isTrue();
            assertThat(xyz.received(partition, first)).isTrue();
            assertThat(xyz.received(partition, first + 1)).isTrue();
            assertThat(xyz.received(partition, first + 2)).isFalse();
            assertThat(xyz.offsetLag()).isEqualTo(1);
            assertThat(poller.current().get("NOGW").consumerGroupFound()).isFalse();
        });
        assertThat(poller.current().keySet()).contains("FRA").noneMatch(p -> p.startsWith("coop."));
        assertThat(meters.get(GatewayLagPoller.LAG_GAUGE)
                        .tag("party", "XYZ")
                        .gauge()
                        .value())
                .isEqualTo(1.0);
    }

    @Test
    void keepsTheLastGoodPollWhenAPollFails() {
        poller = new GatewayLagPoller(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new GatewaySettings(true, Duration.ofSeconds(5), Duration.ofSeconds(2)),
                meters,
                Clock.systemUTC());
        poller.pollSafely(admin);
        Map<String, GatewayLag> good = poller.current();
        assertThat(good).containsKey("FRA");

        Admin closed = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
        closed.close();
        poller.pollSafely(closed);
        poller.pollSafely(closed);

        assertThat(poller.current()).isSameAs(good);
    }

    @Test
    void pollsNothingWhenDisabled() {
        poller = new GatewayLagPoller(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new GatewaySettings(false, Duration.ofMillis(100), Duration.ofSeconds(1)),
                meters,
                Clock.systemUTC());
        poller.start();

        assertThat(poller.isRunning()).isFalse();
        assertThat(poller.current()).isEmpty();
    }

    private void createTopic(String topic) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private List<RecordMetadata> send(String topic, int count) throws Exception {
        List<RecordMetadata> sent = new ArrayList<>();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                sent.add(producer.send(new ProducerRecord<>(
                                topic, 0, "ICC-LAG-" + i, ("not avro " + i).getBytes(StandardCharsets.UTF_8)))
                        .get());
            }
        }
        return sent;
    }
}
