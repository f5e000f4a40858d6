package org.coophub.registry.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's own reader: one thread that reads the schemas topic from the beginning, forever,
 * and applies each record to the state. It uses {@code assign()} and no group, so the registry's
 * principal needs no consumer-group ACL, and it publishes how far it has applied so that a writer
 * can wait for its own record (read-your-writes).
 */
final class StoreReader implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(StoreReader.class);

    private final KafkaConsumer<String, String> consumer;
    private final TopicPartition partition;
    private final RegistryState state;
    private final StoreCodec codec;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Object progress = new Object();
    private volatile long appliedUpTo;
    private volatile boolean running = true;
    private volatile Throwable failure;

    StoreReader(Map<String, Object> consumerProperties, String topic, RegistryState state, StoreCodec codec) {
        this.consumer = new KafkaConsumer<>(consumerProperties);
        this.partition = new TopicPartition(topic, 0);
        this.state = state;
        this.codec = codec;
    }

    @Override
    public void run() {
        try (consumer) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            log.info("Rebuilding the registry from {} up to offset {}", partition, end);
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                advanceTo(consumer.position(partition));
                if (caughtUp.getCount() > 0 && appliedUpTo >= end) {
                    log.info("Registry rebuilt from {} up to offset {}", partition, appliedUpTo);
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up
        } catch (RuntimeException e) {
            failure = e;
            log.error("The schemas topic reader stopped: the registry can no longer apply writes", e);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            if (!codec.apply(state, record.key(), record.value())) {
                log.debug("Ignoring record at offset {} with key {}", record.offset(), record.key());
            }
        } catch (RuntimeException unreadable) {
            // a record this registry cannot read must not stop every other schema from loading
            log.error("Skipping unreadable record at offset {} with key {}", record.offset(), record.key(), unreadable);
        }
    }

    private void advanceTo(long position) {
        synchronized (progress) {
            appliedUpTo = position;
            progress.notifyAll();
        }
    }

    boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until the record at this offset has been applied to the state. */
    boolean awaitApplied(long offset, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (appliedUpTo <= offset && failure == null) {
                long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMs <= 0) {
                    return false;
                }
                progress.wait(leftMs);
            }
        }
        return appliedUpTo > offset;
    }

    boolean isCaughtUp() {
        return caughtUp.getCount() == 0 && failure == null && running;
    }

    Throwable failure() {
        return failure;
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }
}
