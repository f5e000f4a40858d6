package org.coophub.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the consumer group {@code coophub-dashboard} until its committed offsets reach the end
 * offsets of every partition it reads: the loaded topics, the directory, the warrants, and its own
 * repartition topics (a record is only folded into a lifecycle once its repartitioned copy is read).
 */
final class CatchUp {

    static final String GROUP = "coophub-dashboard";
    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final Admin admin;

    CatchUp(Properties court) {
        Map<String, Object> config = new HashMap<>();
        court.stringPropertyNames().forEach(name -> config.put(name, court.getProperty(name)));
        this.admin = Admin.create(config);
    }

    /** Blocks until caught up; returns the instant (nanoTime) the watcher first saw it. */
    long await(List<String> inputTopics, Duration timeout, BooleanSupplier alive)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastReport = 0;
        long lastHealth = 0;
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() - lastHealth > Duration.ofSeconds(5).toNanos()) {
                lastHealth = System.nanoTime();
                if (!alive.getAsBoolean()) {
                    throw new IllegalStateException(
                            "the dashboard exited or its Streams application is not UP before it caught up;"
                                    + " see benchmark/target/hub/dashboard.log");
                }
            }
            List<String> topics = new ArrayList<>(inputTopics);
            admin.listTopics().names().get().stream()
                    .filter(topic -> topic.startsWith(GROUP + "-") && topic.endsWith("-repartition"))
                    .forEach(topics::add);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get()
                    .forEach((name, description) -> description
                            .partitions()
                            .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end =
                    admin.listOffsets(latest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            long lag = 0;
            int behind = 0;
            for (var entry : end.entrySet()) {
                long endOffset = entry.getValue().offset();
                OffsetAndMetadata done = committed.get(entry.getKey());
                long at = done == null ? 0 : done.offset();
                if (endOffset > 0 && at < endOffset) {
                    lag += endOffset - at;
                    behind++;
                }
            }
            boolean repartitionSeen = topics.size() > inputTopics.size();
            if (behind == 0 && repartitionSeen && !committed.isEmpty()) {
                return System.nanoTime();
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
                log.info("dashboard catching up: {} records behind on {} partitions", lag, behind);
                lastReport = System.nanoTime();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the dashboard had not caught up after " + timeout);
    }

    void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
