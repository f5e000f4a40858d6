package org.coophub.dashboard.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.coophub.schemas.serde.SerdeConfig;

/**
 * The configuration of the Streams application's clients: Boot's {@code spring.kafka.*} first,
 * then the entries of the {@code client-properties} file, which win (they carry the court's
 * bootstrap servers and SASL login in production).
 */
final class KafkaClients {

    private final Map<String, Object> streams;
    private final Map<String, Object> serde;

    KafkaClients(Map<String, Object> boot, DashboardSettings settings) {
        Map<String, Object> file = load(settings);
        Map<String, Object> merged = new HashMap<>(boot);
        merged.putAll(file);
        this.streams = Map.copyOf(merged);
        Map<String, Object> serdeConfig = new HashMap<>(file);
        serdeConfig.putIfAbsent(SerdeConfig.SCHEMA_REGISTRY_URL, settings.schemaRegistryUrl());
        // the topology reads generated classes, not GenericRecords
        serdeConfig.put(SerdeConfig.SPECIFIC_AVRO_READER, "true");
        this.serde = Map.copyOf(serdeConfig);
    }

    /** Client settings, before the Streams application's own. */
    Map<String, Object> streams() {
        return streams;
    }

    /** The serde configuration: the file's entries, the registry URL, the specific reader. */
    Map<String, Object> serde() {
        return serde;
    }

    private static Map<String, Object> load(DashboardSettings settings) {
        if (settings.clientProperties() == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(settings.clientProperties())) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read coophub.dashboard.client-properties " + settings.clientProperties(), e);
        }
        Map<String, Object> entries = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name)));
        return entries;
    }
}
