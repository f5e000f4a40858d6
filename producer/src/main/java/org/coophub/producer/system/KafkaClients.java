package org.coophub.producer.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.coophub.schemas.serde.SerdeConfig;

/**
 * The configuration of every Kafka client the service creates: Boot's {@code spring.kafka.*}
 * first, then the entries of the {@code client-properties} file, which win (they carry the
 * court's bootstrap servers and SASL login in production).
 */
public final class KafkaClients {

    private final Map<String, Object> producer;
    private final Map<String, Object> consumer;
    private final Map<String, Object> serde;

    KafkaClients(Map<String, Object> bootProducer, Map<String, Object> bootConsumer, ProducerSettings settings) {
        Map<String, Object> file = load(settings);
        this.producer = merge(bootProducer, file);
        this.consumer = merge(bootConsumer, file);
        Map<String, Object> serdeConfig = new HashMap<>(file);
        serdeConfig.putIfAbsent(SerdeConfig.SCHEMA_REGISTRY_URL, settings.schemaRegistryUrl());
        this.serde = Map.copyOf(serdeConfig);
    }

    /** Producer settings, before the service's own (serializers, idempotence, transactions). */
    public Map<String, Object> producer() {
        return producer;
    }

    /** Consumer settings, before the reader's own. */
    public Map<String, Object> consumer() {
        return consumer;
    }

    /** The serde configuration: the file's entries and the registry URL. */
    public Map<String, Object> serde() {
        return serde;
    }

    private static Map<String, Object> merge(Map<String, Object> boot, Map<String, Object> file) {
        Map<String, Object> merged = new HashMap<>(boot);
        merged.putAll(file);
        return Map.copyOf(merged);
    }

    private static Map<String, Object> load(ProducerSettings settings) {
        if (settings.clientProperties() == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(settings.clientProperties())) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read coophub.producer.client-properties " + settings.clientProperties(), e);
        }
        Map<String, Object> entries = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name)));
        return entries;
    }
}
