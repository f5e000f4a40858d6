package org.coophub.registry.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.registry.system.RegistryException;
import org.coophub.registry.system.RegistrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The schemas topic as a store. It starts before the web server (a lifecycle phase lower than the
 * server's), and only returns from {@link #start()} once the state is rebuilt from the whole topic,
 * so the API never answers from a half-read topic. Every Kafka client is built from Boot's
 * {@code spring.kafka.*} properties, so SASL/SCRAM settings apply to all of them.
 */
@Component
public class KafkaStore implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaStore.class);

    private final KafkaProperties kafka;
    private final RegistrySettings settings;
    private final StoreCodec codec;
    private final RegistryState state = new RegistryState();
    private final ReentrantLock writeLock = new ReentrantLock();
    private KafkaProducer<String, String> producer;
    private StoreReader reader;
    private volatile boolean running;

    KafkaStore(KafkaProperties kafka, RegistrySettings settings, StoreCodec codec) {
        this.kafka = kafka;
        this.settings = settings;
        this.codec = codec;
    }

    public RegistryState state() {
        return state;
    }

    /**
     * Runs a read-decide-write sequence alone: ids and versions are allocated from the state, so two
     * registrations must not interleave (this is also why one writing instance at a time is assumed).
     */
    public <T> T exclusively(Supplier<T> action) {
        writeLock.lock();
        try {
            return action.get();
        } finally {
            writeLock.unlock();
        }
    }

    /** Writes the records in order and returns once the store's reader has applied the last one. */
    public void write(List<StoreRecord> records) {
        Duration timeout = settings.writeTimeout();
        try {
            List<Future<RecordMetadata>> sent = records.stream()
                    .map(r -> producer.send(
                            new ProducerRecord<>(settings.topic(), 0, codec.write(r.key()), codec.write(r.value()))))
                    .toList();
            long last = -1;
            for (Future<RecordMetadata> future : sent) {
                last = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset();
            }
            boolean applied = reader.awaitApplied(last, timeout);
            if (reader.failure() != null) {
                throw RegistryException.storeFailure("the schemas topic reader stopped", reader.failure());
            }
            if (!applied) {
                throw RegistryException.timeout(
                        "the write at offset %d was not read back within %s".formatted(last, timeout));
            }
        } catch (TimeoutException e) {
            throw RegistryException.timeout("the schemas topic did not acknowledge the write within " + timeout);
        } catch (ExecutionException e) {
            throw RegistryException.storeFailure(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryException.storeFailure("interrupted", e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw RegistryException.storeFailure(e.getMessage(), e);
        }
    }

    @Override
    public void start() {
        Duration timeout = settings.initTimeout();
        try {
            SchemasTopic.ensure(
                    kafka.buildAdminProperties(),
                    settings.topic(),
                    settings.topicReplicationFactor(),
                    timeout.toMillis());
            producer = new KafkaProducer<>(producerProperties());
            reader = new StoreReader(consumerProperties(), settings.topic(), state, codec);
            Thread thread = new Thread(reader, "schemas-topic-reader");
            thread.setDaemon(true);
            thread.start();
            if (!reader.awaitCaughtUp(timeout)) {
                throw new IllegalStateException("The schemas topic %s was not read to its end within %s (%s)"
                        .formatted(settings.topic(), timeout, reader.failure()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the schemas topic", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot prepare the schemas topic " + settings.topic(), e);
        }
        running = true;
        log.info("Schema registry store ready on topic {}", settings.topic());
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> props = new HashMap<>(kafka.buildProducerProperties());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        // a registration is acknowledged to the client only once every in-sync replica has it
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // one record per registration, its caller waiting: nothing to batch, so no linger
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.writeTimeout().toMillis());
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return props;
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafka.buildConsumerProperties());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // no group: the registry's principal has ACLs on the schemas topic only, never on a group
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    public boolean isReady() {
        return running && reader != null && reader.isCaughtUp();
    }

    @Override
    public void stop() {
        running = false;
        if (reader != null) {
            reader.stop();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts in a phase near {@code Integer.MAX_VALUE}). */
    @Override
    public int getPhase() {
        return 0;
    }
}
