package org.coophub.cli.hub;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.coophub.schemas.Topics;

/**
 * Each gateway's consumer lag for {@code status}: the group {@code gateway-<P>}'s committed offsets
 * on {@code coop.<P>.requests} against the topic's end offsets, read with the court's Admin client
 * (a super user) under a short deadline, so that {@code status} answers even when the broker does not.
 */
final class GatewayLag {

    static final Duration DEADLINE = Duration.ofSeconds(3);
    static final String UNREACHABLE = "lag unknown (broker unreachable)";
    static final String NO_COMMIT = "lag: no commit yet";
    /** Gaps up to this many offsets are read to tell records from transaction markers. */
    static final int MARKERS_CHECKED = 20;

    private GatewayLag() {}

    /**
     * The lag column of each party's gateway line, by party.
     *
     * @param brokerRunning false skips the broker altogether (every lag is then unknown)
     */
    static Map<String, String> describe(HubLayout layout, List<String> parties, boolean brokerRunning) {
        var lags = new LinkedHashMap<String, String>();
        if (parties.isEmpty()) {
            return lags;
        }
        Path court = layout.clientProperties(Passwords.COURT);
        if (!brokerRunning || !Files.isRegularFile(court)) {
            parties.forEach(party -> lags.put(party, UNREACHABLE));
            return lags;
        }
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        Admin admin;
        Map<String, Object> settings;
        try {
            settings = adminSettings(court);
            admin = Admin.create(settings);
        } catch (RuntimeException e) {
            parties.forEach(party -> lags.put(party, "lag unknown (" + e.getMessage() + ")"));
            return lags;
        }
        try {
            for (String party : parties) {
                lags.put(party, lagOf(admin, settings, party, deadline));
            }
        } finally {
            admin.close(Duration.ZERO);
        }
        return lags;
    }

    private static String lagOf(Admin admin, Map<String, Object> settings, String party, long deadline) {
        String topic = Topics.requests(party);
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("gateway-" + party)
                    .partitionsToOffsetAndMetadata()
                    .get(remaining(deadline), TimeUnit.NANOSECONDS);
            var partitions = admin
                    .describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(remaining(deadline), TimeUnit.NANOSECONDS)
                    .get(topic)
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get(remaining(deadline), TimeUnit.NANOSECONDS);
            var endOffsets = new HashMap<TopicPartition, Long>();
            ends.forEach((partition, info) -> endOffsets.put(partition, info.offset()));
            return format(withoutMarkers(settings, endOffsets, committed, deadline), committed);
        } catch (TimeoutException e) {
            return UNREACHABLE;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                return UNREACHABLE;
            }
            return "lag unknown (" + e.getCause().getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNREACHABLE;
        }
    }

    /**
     * The lag column: the sum over the topic's partitions of end offset minus committed offset (a
     * partition without a commit counts whole), or {@link #NO_COMMIT} when the group committed nothing
     * on the topic.
     */
    static String format(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, OffsetAndMetadata> committed) {
        var topics = endOffsets.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
        boolean anyCommit = committed.entrySet().stream()
                .anyMatch(entry -> entry.getValue() != null
                        && topics.contains(entry.getKey().topic()));
        if (!anyCommit) {
            return NO_COMMIT;
        }
        long lag = 0;
        for (var entry : endOffsets.entrySet()) {
            OffsetAndMetadata offset = committed.get(entry.getKey());
            long position = offset == null ? 0 : offset.offset();
            lag += Math.max(0, entry.getValue() - position);
        }
        return "lag " + lag;
    }

    /**
     * The end offsets to count lag against, each moved back to the commit when nothing but
     * transaction markers lies between them. A gateway commits in a transaction, so its offset
     * stops before each partition's commit marker: by offsets alone a gateway that has read
     * everything would lag by one per partition. Checked by reading (read_committed, as the court)
     * only a few offsets; a partition not read to its end before the deadline keeps its offsets.
     */
    private static Map<TopicPartition, Long> withoutMarkers(
            Map<String, Object> settings,
            Map<TopicPartition, Long> endOffsets,
            Map<TopicPartition, OffsetAndMetadata> committed,
            long deadline) {
        var gaps = new HashMap<TopicPartition, Long>();
        endOffsets.forEach((partition, end) -> {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset != null && end > offset.offset() && end - offset.offset() <= MARKERS_CHECKED) {
                gaps.put(partition, offset.offset());
            }
        });
        if (gaps.isEmpty()) {
            return endOffsets;
        }
        var consumerSettings = new HashMap<>(settings);
        consumerSettings.put("isolation.level", "read_committed");
        consumerSettings.put("enable.auto.commit", "false");
        var adjusted = new HashMap<>(endOffsets);
        try (var consumer =
                new KafkaConsumer<>(consumerSettings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(gaps.keySet());
            gaps.forEach(consumer::seek);
            var records = new HashMap<TopicPartition, Integer>();
            var pending = new HashSet<>(gaps.keySet());
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < endOffsets.get(partition)) {
                        records.merge(partition, 1, Integer::sum);
                    }
                }
                pending.removeIf(partition -> consumer.position(partition) >= endOffsets.get(partition));
            }
            gaps.forEach((partition, from) -> {
                if (!pending.contains(partition)) {
                    // read to its end: what lies after the commit is these records, the rest markers
                    adjusted.put(partition, from + records.getOrDefault(partition, 0));
                }
            });
        } catch (RuntimeException e) {
            return endOffsets; // the offsets alone, as before
        }
        return adjusted;
    }

    private static long remaining(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    private static Map<String, Object> adminSettings(Path court) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(court, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new HubException("cannot read " + court + ": " + e.getMessage());
        }
        var settings = new HashMap<String, Object>();
        properties.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("schema.registry.") && !key.startsWith("basic.auth."))
                .forEach(key -> settings.put(key, properties.getProperty(key)));
        int millis = (int) DEADLINE.toMillis();
        settings.put("request.timeout.ms", String.valueOf(millis));
        settings.put("default.api.timeout.ms", String.valueOf(millis));
        settings.put("socket.connection.setup.timeout.ms", "1000");
        settings.put("socket.connection.setup.timeout.max.ms", "1000");
        settings.put("reconnect.backoff.max.ms", "500");
        settings.put("retry.backoff.max.ms", "500");
        return settings;
    }
}
