package org.coophub.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches the seeded history straight to Kafka as the court, with CoopHub's serializer against
 * the benchmark hub's registry.
 *
 * <p>Topic choice: each party's {@code requests} and {@code responses} topics get 3 partitions (as
 * onboarding does) and {@code message.timestamp.type=CreateTime}, {@code retention.ms=-1},
 * {@code segment.ms} of 100 years. Onboarded parties' responses topics use LogAppendTime, which
 * would stamp 2013's receipts with tonight's time; the broker's 7-day retention would delete records
 * stamped in 2013-2017 before the dashboard reads them; and a 7-day {@code segment.ms} would roll a
 * new segment for nearly every batch of a history that spans years. Topics that onboarding created
 * already are altered to the same settings.
 */
final class HistoricalLoad {

    private static final Logger log = LoggerFactory.getLogger(HistoricalLoad.class);
    static final int PARTITIONS = 3;
    private static final String HUNDRED_YEARS_MS =
            String.valueOf(Duration.ofDays(36_500).toMillis());

    /** A REQUEST and a party's message, to register the two schemas before the timed load. */
    private static final List<SpecificRecord> SAMPLES = samples();

    private static final SpecificRecord SAMPLE_COURT = SAMPLES.get(0);
    private static final SpecificRecord SAMPLE_PARTY = SAMPLES.get(1);

    private final Properties court;
    private final BenchmarkOptions options;

    HistoricalLoad(Properties court, BenchmarkOptions options) {
        this.court = court;
        this.options = options;
    }

    /** The figures of the load. */
    record Loaded(
            List<String> parties,
            List<String> topics,
            long requests,
            long responses,
            long courtNotices,
            long records,
            long open,
            long neverAnswered,
            long withdrawn,
            double seconds,
            long endOffsets) {

        double recordsPerSecond() {
            return records / seconds;
        }
    }

    /** The active States Parties of the directory the hub seeded, in code order, the first {@code count}. */
    List<String> parties(int count) {
        Map<String, Object> config = kafkaConfig();
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put("specific.avro.reader", "true");
        TreeSet<String> codes = new TreeSet<>();
        CoopAvroDeserializer<PartyProfile> profiles = new CoopAvroDeserializer<>();
        profiles.configure(config, false);
        try (KafkaConsumer<String, PartyProfile> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), profiles)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DIRECTORY).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, PartyProfile> latest = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, PartyProfile> record : consumer.poll(Duration.ofMillis(500))) {
                    latest.put(record.key(), record.value());
                }
            }
            latest.forEach((code, profile) -> {
                if (profile != null && profile.getActive() && profile.getKind() == PartyKind.STATE_PARTY) {
                    codes.add(code);
                }
            });
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the directory is empty: did coophub up seed it?");
        }
        return codes.stream().limit(count).toList();
    }

    /** Creates (or aligns) the parties' topics for a history, then dispatches it. */
    Loaded load(List<String> parties) throws ExecutionException, InterruptedException {
        List<String> topics = new ArrayList<>();
        parties.forEach(party -> {
            topics.add(Topics.requests(party));
            topics.add(Topics.responses(party));
        });
        prepareTopics(topics);

        Map<String, Object> config = kafkaConfig();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        // a batch buffer per partition (720 of them): 128 KB each would exhaust the pool and block send()
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(256L * 1024 * 1024));
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put("auto.register.schemas", "true");
        RequestHistory history = new RequestHistory(
                parties, options.seed(), options.firstDispatch(), options.years(), options.requests());
        AtomicReference<Exception> failure = new AtomicReference<>();
        long records = 0;
        CoopAvroSerializer<SpecificRecord> serializer = new CoopAvroSerializer<>();
        serializer.configure(config, false);
        try (KafkaProducer<String, SpecificRecord> producer =
                new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            // not timed: each topic's metadata and each subject's schema registration, once
            for (String topic : topics) {
                producer.partitionsFor(topic);
                serializer.serialize(topic, topic.endsWith(".requests") ? SAMPLE_COURT : SAMPLE_PARTY);
            }
            long started = System.nanoTime();
            for (int i = 0; i < options.requests(); i++) {
                for (HistoricalRecord record : history.request(i)) {
                    producer.send(
                            new ProducerRecord<>(
                                    record.topic(), null, record.timestamp(), record.requestId(), record.message()),
                            (metadata, error) -> {
                                if (error != null) {
                                    failure.compareAndSet(null, error);
                                }
                            });
                    records++;
                }
                if (failure.get() != null) {
                    throw new IllegalStateException("a record was not written", failure.get());
                }
                if ((i + 1) % 100_000 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    log.info(
                            "loaded {} requests, {} records in {} s ({} records/s)",
                            i + 1,
                            records,
                            Figures.oneDecimal(seconds),
                            Figures.whole(records / seconds));
                }
            }
            producer.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("a record was not written", failure.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            RequestHistory.HistoryTally tally = history.tally();
            return new Loaded(
                    parties,
                    topics,
                    tally.requests,
                    tally.responses,
                    records - tally.requests - tally.responses,
                    records,
                    tally.open,
                    tally.neverAnswered,
                    tally.withdrawn,
                    seconds,
                    endOffsets(topics));
        }
    }

    /** The sum of the end offsets of {@code topics}: what Kafka holds, to check against what was sent. */
    long endOffsets(Collection<String> topics) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(kafkaConfig())) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get()
                    .forEach((name, description) -> description
                            .partitions()
                            .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
                    .sum();
        }
    }

    private void prepareTopics(Collection<String> topics) throws ExecutionException, InterruptedException {
        Map<String, String> settings = Map.of(
                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime",
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.SEGMENT_MS_CONFIG, HUNDRED_YEARS_MS);
        try (Admin admin = Admin.create(kafkaConfig())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1).configs(settings))
                    .toList();
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            awaitLeaders(admin, topics);
            Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
            topics.stream()
                    .filter(existing::contains)
                    .forEach(topic -> alter.put(
                            new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            settings.entrySet().stream()
                                    .map(e -> new AlterConfigOp(
                                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                    .toList()));
            if (!alter.isEmpty()) {
                admin.incrementalAlterConfigs(alter).all().get();
            }
            log.info(
                    "topics: {} created, {} altered (CreateTime, retention.ms=-1, segment.ms=100 years)",
                    missing.size(),
                    alter.size());
        }
    }

    private static List<SpecificRecord> samples() {
        RequestHistory history = new RequestHistory(List.of("FRA"), 2, LocalDate.parse("2013-01-01"), 1, 100);
        for (int i = 0; i < 100; i++) {
            List<HistoricalRecord> records = history.request(i);
            for (HistoricalRecord record : records) {
                if (record.message() instanceof PartyMessage) {
                    return List.of(records.get(0).message(), record.message());
                }
            }
        }
        throw new IllegalStateException("no party message in 100 sample requests");
    }

    /** New partitions answer NOT_LEADER_OR_FOLLOWER until the broker has taken their leadership. */
    private static void awaitLeaders(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            boolean ready = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(description -> description.partitions().stream())
                    .allMatch(partition ->
                            partition.leader() != null && !partition.leader().isEmpty());
            if (ready) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the new topics got no leader within 2 minutes");
    }

    private Map<String, Object> kafkaConfig() {
        Map<String, Object> config = new HashMap<>();
        court.stringPropertyNames().forEach(name -> config.put(name, court.getProperty(name)));
        return config;
    }
}
