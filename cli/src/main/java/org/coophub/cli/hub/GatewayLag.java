package org.coophub.cli.hub;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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
        try {
            admin = Admin.create(adminSettings(court));
        } catch (RuntimeException e) {
            parties.forEach(party -> lags.put(party, "lag unknown (" + e.getMessage() + ")"));
            return lags;
        }
        try {
            for (String party : parties) {
                lags.put(party, lagOf(admin, party, deadline));
            }
        } finally {
            admin.close(Duration.ZERO);
        }
        return lags;
    }

    private static String lagOf(Admin admin, String party, long deadline) {
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
            return format(endOffsets, committed);
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
