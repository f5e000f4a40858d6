package org.coophub.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Kafka's own consumer throughput on exactly the topics loaded, on the same broker, in the same run,
 * with the same (court) credentials: a plain {@link KafkaConsumer} with byte-array deserializers and
 * {@code read_committed} (as the exactly-once Streams application reads), assigned every
 * partition, reading from the beginning to the end offsets taken at the start.
 */
final class ConsumerBaseline {

    record Measured(long records, long bytes, double seconds) {

        double recordsPerSecond() {
            return records / seconds;
        }

        double megabytesPerSecond() {
            return bytes / seconds / 1_000_000.0;
        }
    }

    static Measured read(Properties court, List<String> topics) {
        Map<String, Object> config = new HashMap<>();
        court.stringPropertyNames().forEach(name -> config.put(name, court.getProperty(name)));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "benchmark-consumer-baseline");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long started = System.nanoTime();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            long bytes = 0;
            Map<TopicPartition, Long> remaining = new HashMap<>(end);
            remaining.values().removeIf(offset -> offset == 0);
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    bytes += record.serializedKeySize() + record.serializedValueSize();
                }
                remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
            return new Measured(records, bytes, (System.nanoTime() - started) / 1e9);
        }
    }
}
