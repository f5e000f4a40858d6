package org.coophub.cli.simulation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.registry.RegistryConnection;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;

/**
 * A party's Kafka clients, configured from its gateway properties file (its own SCRAM principal,
 * never the court's), sized for a hundred parties in one JVM: small fetches and buffers, no JMX
 * reporter. Values are read as bytes, so that the receipt's SHA-256 is the record's value as
 * received, then decoded with the schemas module's deserializer.
 */
final class AuthorityClients {

    private final String party;
    private final Map<String, Object> settings;
    private final Map<RegistryConnection, SchemaRegistryClient> registries;

    /**
     * @param registries registry clients shared by every party with the same registry settings:
     *     each client holds an HTTP client, and each HTTP client a selector thread
     */
    AuthorityClients(
            String party, Map<String, Object> settings, Map<RegistryConnection, SchemaRegistryClient> registries) {
        this.party = party;
        this.settings = Map.copyOf(settings);
        this.registries = registries;
    }

    static AuthorityClients fromFile(
            String party, Path propertiesFile, Map<RegistryConnection, SchemaRegistryClient> registries) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var settings = new HashMap<String, Object>();
        properties.forEach((key, value) -> settings.put(key.toString(), value.toString()));
        return new AuthorityClients(party, settings, registries);
    }

    /** {@code gateway-P}: the group the real gateway would use, whose lag the dashboard reads. */
    String group() {
        return "gateway-" + party;
    }

    Consumer<String, byte[]> consumer() {
        var config = common("sim-" + party + "-requests");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(256 * 1024));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(64 * 1024));
        config.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, String.valueOf(64 * 1024));
        config.put(ConsumerConfig.SEND_BUFFER_CONFIG, String.valueOf(32 * 1024));
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    Deserializer<CourtMessage> deserializer() {
        var config = new HashMap<String, Object>(settings);
        config.put(SerdeConfig.SPECIFIC_AVRO_READER, "true");
        SerdeConfig serde = SerdeConfig.from(config, false);
        return new CoopAvroDeserializer<>(registry(serde), serde);
    }

    /**
     * Idempotent, not transactional: answers carry deterministic message ids (as a real gateway's
     * receipts do), so a resent one is de-duplicated downstream, and a hundred transactional
     * producers would cost a hundred coordinator round trips at start for no gain in a simulation.
     */
    Producer<String, PartyMessage> producer() {
        var config = common("sim-" + party + "-responses");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(16 * 1024));
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(256 * 1024));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        config.put(ProducerConfig.SEND_BUFFER_CONFIG, String.valueOf(32 * 1024));
        config.put(ProducerConfig.RECEIVE_BUFFER_CONFIG, String.valueOf(32 * 1024));
        SerdeConfig serde = SerdeConfig.from(settings, false);
        return new KafkaProducer<>(
                config, new StringSerializer(), new CoopAvroSerializer<PartyMessage>(registry(serde), serde, false));
    }

    private SchemaRegistryClient registry(SerdeConfig serde) {
        synchronized (registries) {
            return registries.computeIfAbsent(serde.registry(), connection -> serde.newClient());
        }
    }

    private Map<String, Object> common(String clientId) {
        var config = new HashMap<String, Object>(settings);
        // the serde's settings are not the client's: Kafka would warn about each unknown key
        config.keySet()
                .removeIf(key -> key.startsWith("schema.registry.")
                        || key.startsWith("basic.auth.")
                        || key.equals(SerdeConfig.AUTO_REGISTER_SCHEMAS)
                        || key.equals(SerdeConfig.USE_LATEST_VERSION)
                        || key.equals(SerdeConfig.SPECIFIC_AVRO_READER));
        config.put("client.id", clientId);
        // a hundred clients' metrics as MBeans is memory for nothing: /status has the figures
        config.put("metric.reporters", "");
        return config;
    }
}
