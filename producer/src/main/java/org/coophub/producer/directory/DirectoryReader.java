package org.coophub.producer.directory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coophub.producer.system.KafkaClients;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** A thread reading {@code coop.directory} from the beginning into the {@link Directory}, for ever. */
@Component
class DirectoryReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DirectoryReader.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Directory directory;
    private final KafkaClients clients;
    private final SchemaRegistryClient registry;
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private volatile KafkaConsumer<String, PartyProfile> consumer;
    private volatile Thread thread;

    DirectoryReader(Directory directory, KafkaClients clients, SchemaRegistryClient registry) {
        this.directory = directory;
        this.clients = clients;
        this.registry = registry;
    }

    @Override
    public void start() {
        // restartable: a stopped context (or a paused test context) may be started again
        stopped = new CountDownLatch(1);
        Map<String, Object> config = new HashMap<>(clients.consumer());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> serde = new HashMap<>(clients.serde());
        serde.put(SerdeConfig.SPECIFIC_AVRO_READER, true);
        consumer = new KafkaConsumer<>(
                config, new StringDeserializer(), new CoopAvroDeserializer<>(registry, SerdeConfig.from(serde, false)));
        thread = new Thread(this::run, "directory-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (stopped.getCount() > 0) {
                for (ConsumerRecord<String, PartyProfile> record : consumer.poll(POLL)) {
                    directory.apply(record.key(), record.value());
                }
                if (!directory.loaded()
                        && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    directory.markLoaded();
                    log.info("Directory loaded: {} parties", directory.size());
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            // a directory we cannot read would let requests through to unknown parties: fail loudly
            log.error("Directory reader stopped: requests will be validated against a stale directory", e);
        } finally {
            consumer.close();
        }
    }

    /** The topic's partitions, waiting (interruptibly by stop) until the topic exists. */
    private List<TopicPartition> awaitPartitions() {
        while (stopped.getCount() > 0) {
            List<org.apache.kafka.common.PartitionInfo> infos;
            try {
                infos = consumer.partitionsFor(Topics.DIRECTORY);
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                infos = List.of();
            }
            if (infos != null && !infos.isEmpty()) {
                return infos.stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
            }
            log.warn("Topic {} not found yet; waiting for it", Topics.DIRECTORY);
            try {
                if (stopped.await(2, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
    }

    @Override
    public void stop() {
        stopped.countDown();
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
