package org.coophub.producer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.SerdeConfig;

/** What a gateway would see: every committed record of a topic, read with {@code read_committed}. */
public class CommittedReader {

    private final SchemaRegistryClient registry;

    CommittedReader(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /** Every committed record on {@code topic} up to its last stable offset now. */
    @SuppressWarnings("unchecked")
    public <T> List<ConsumerRecord<String, T>> readAll(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.embedded.kafka.brokers"));
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var serde = SerdeConfig.from(
                Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://unused", SerdeConfig.SPECIFIC_AVRO_READER, "true"),
                false);
        try (var consumer = new KafkaConsumer<>(
                config, new StringDeserializer(), new CoopAvroDeserializer<Object>(registry, serde))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, T>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(20);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end in time");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add((ConsumerRecord<String, T>) (Object) r));
            }
            return records;
        }
    }

    /** The committed records on {@code topic} about {@code requestId}. */
    public List<CourtMessage> about(String topic, String requestId) {
        return this.<CourtMessage>readAll(topic).stream()
                .filter(r -> r.key().equals(requestId))
                .map(ConsumerRecord::value)
                .toList();
    }
}
