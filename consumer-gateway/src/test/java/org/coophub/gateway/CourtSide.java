package org.coophub.gateway;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;

/** What the court does in these tests: dispatch records, read the party's responses read_committed. */
public final class CourtSide {

    private final SchemaRegistryClient registry;
    private final String party;
    private final SerdeConfig serde;

    CourtSide(SchemaRegistryClient registry, String party) {
        this.registry = registry;
        this.party = party;
        this.serde = SerdeConfig.from(
                Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:9", SerdeConfig.SPECIFIC_AVRO_READER, true),
                false);
    }

    public static String brokers() {
        return System.getProperty("spring.embedded.kafka.brokers");
    }

    /** A fresh request to the party, built on the contract's sample. */
    public CourtMessage newRequest() {
        String requestId = "ICC-REQ-2017-" + UUID.randomUUID().toString().substring(0, 8);
        return CourtMessage.newBuilder(SampleMessages.assetFreezingRequest())
                .setMessageId(UUID.randomUUID().toString())
                .setRequestId(requestId)
                .setAddressee(party)
                .setRequest(CooperationRequest.newBuilder(SampleMessages.assetTracingRequest())
                        .setRequestId(requestId)
                        .setAddressee(party)
                        .build())
                .build();
    }

    /** The request's value bytes in the wire format, exactly as dispatched. */
    public byte[] bytesOf(CourtMessage message) {
        return new CoopAvroSerializer<CourtMessage>(registry, serde, false).serialize(Topics.requests(party), message);
    }

    public byte[] dispatch(CourtMessage message) {
        byte[] bytes = bytesOf(message);
        dispatchRaw(message.getRequestId(), bytes);
        return bytes;
    }

    public void dispatchRaw(String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.requests(party), key, value));
        }
    }

    /** Every committed response up to and including the first that {@code last} accepts. */
    public List<PartyMessage> responsesUntil(Predicate<PartyMessage> last) {
        List<PartyMessage> seen = new ArrayList<>();
        try (KafkaConsumer<String, PartyMessage> consumer = new KafkaConsumer<>(
                readCommitted(), new StringDeserializer(), new CoopAvroDeserializer<>(registry, serde))) {
            TopicPartition partition = new TopicPartition(Topics.responses(party), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.add(record.value()));
                return seen.stream().anyMatch(last);
            });
        }
        int end = 0;
        while (!last.test(seen.get(end))) {
            end++;
        }
        return seen.subList(0, end + 1);
    }

    /** The first committed dead letter whose key is {@code key}. */
    public ConsumerRecord<String, byte[]> deadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(readCommitted(), new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.requestsDeadLetter(party), 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private static Map<String, Object> readCommitted() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
    }
}
