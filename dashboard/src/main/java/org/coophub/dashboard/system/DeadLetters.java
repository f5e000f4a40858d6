package org.coophub.dashboard.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Writes the records the dashboard cannot read to {@value #TOPIC}: the original key and value
 * bytes, the original headers, and spring-kafka's DLT headers ({@code kafka_dlt-original-topic},
 * {@code -partition} as a 4-byte int, {@code -offset} and {@code -timestamp} as 8-byte longs,
 * {@code -consumer-group}, {@code kafka_dlt-exception-fqcn}, {@code -cause-fqcn}, {@code -message}),
 * as the gateways write theirs. Counted in {@value #COUNTER}.
 *
 * <p>The send is synchronous and outside the Streams transaction (Kafka Streams 4.1 gives a
 * deserialization handler no access to the task's producer; KIP-1034's dead-letter support comes in
 * 4.2): a poison record is dead-lettered at least once — twice if the task's transaction aborts after
 * it, never zero times.
 */
final class DeadLetters implements AutoCloseable {

    /** The dashboard's own dead-letter topic. */
    static final String TOPIC = "coop.dashboard.dlt";

    static final String COUNTER = "coophub.dashboard.poison.records";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<byte[], byte[]> producer;
    private final Counter poisoned;
    private final String consumerGroup;

    DeadLetters(Producer<byte[], byte[]> producer, MeterRegistry meters, String consumerGroup) {
        this.producer = producer;
        this.consumerGroup = consumerGroup;
        this.poisoned = Counter.builder(COUNTER)
                .description("Records the dashboard could not read, written to " + TOPIC)
                .register(meters);
    }

    /** A producer with the Streams application's credentials, idempotent, not transactional. */
    static DeadLetters create(KafkaClients clients, MeterRegistry meters) {
        Map<String, Object> config = only(ProducerConfig.configNames(), clients);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, StreamsConfiguration.APPLICATION_ID + "-dlt");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis() / 2);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
        return new DeadLetters(
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()),
                meters,
                StreamsConfiguration.APPLICATION_ID);
    }

    /**
     * Creates {@value #TOPIC} with the broker's default partitions and replication, unless it
     * exists. The court principal may; a failure is logged, and the first dead letter will tell.
     */
    static void createTopic(KafkaClients clients) {
        Map<String, Object> config = only(AdminClientConfig.configNames(), clients);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, StreamsConfiguration.APPLICATION_ID + "-dlt-admin");
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(
                            List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty())),
                            new CreateTopicsOptions().timeoutMs((int) SEND_TIMEOUT.toMillis()))
                    .all()
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Created the dead-letter topic {}", TOPIC);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                log.warn(
                        "Cannot create the dead-letter topic {}: {}",
                        TOPIC,
                        e.getCause().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Cannot create the dead-letter topic {}: {}", TOPIC, e.toString());
        }
    }

    /**
     * Writes the record to {@value #TOPIC} and waits for the broker's ack.
     *
     * @throws Exception when the broker did not take it: the record must not be skipped then
     */
    void send(ConsumerRecord<byte[], byte[]> record, Exception error) throws Exception {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(record.topic()));
        headers.add(
                KafkaHeaders.DLT_ORIGINAL_PARTITION,
                ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
        headers.add(
                KafkaHeaders.DLT_ORIGINAL_OFFSET,
                ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
        headers.add(
                KafkaHeaders.DLT_ORIGINAL_TIMESTAMP,
                ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array());
        headers.add(
                KafkaHeaders.DLT_ORIGINAL_TIMESTAMP_TYPE,
                utf8(record.timestampType().toString()));
        headers.add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, utf8(consumerGroup));
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8(error.getClass().getName()));
        Throwable root = root(error);
        if (root != error) {
            headers.add(
                    KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, utf8(root.getClass().getName()));
        }
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8(String.valueOf(error.getMessage())));
        producer.send(new ProducerRecord<>(TOPIC, null, null, record.key(), record.value(), headers))
                .get(SEND_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        poisoned.increment();
        // never the key or the value: requests are confidential
        log.warn(
                "Poison record {}-{}@{} dead-lettered to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                TOPIC,
                root.getClass().getSimpleName());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    static Throwable root(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static Map<String, Object> only(java.util.Set<String> names, KafkaClients clients) {
        Map<String, Object> config = new HashMap<>();
        clients.streams().forEach((key, value) -> {
            if (names.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
