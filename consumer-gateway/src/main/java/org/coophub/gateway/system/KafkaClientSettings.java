package org.coophub.gateway.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.coophub.schemas.serde.SerdeConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Client settings for every Kafka client of the gateway: Boot's {@code spring.kafka.*} first, then the
 * party's client properties file on top (its bootstrap servers, SASL login and registry URL win).
 */
@Component
public class KafkaClientSettings {

    private final GatewaySettings settings;
    private final KafkaProperties boot;
    private final Map<String, Object> file;

    KafkaClientSettings(GatewaySettings settings, KafkaProperties boot) {
        this.settings = settings;
        this.boot = boot;
        this.file = settings.clientProperties() == null ? Map.of() : read(settings);
    }

    public String party() {
        return settings.party();
    }

    public Map<String, Object> consumer() {
        return merged(boot.buildConsumerProperties());
    }

    public Map<String, Object> producer() {
        return merged(boot.buildProducerProperties());
    }

    /** The serde's settings: the registry URL from the file, else {@code coophub.gateway.schema-registry-url}. */
    public Map<String, Object> serde() {
        Map<String, Object> serde = new HashMap<>();
        if (settings.schemaRegistryUrl() != null) {
            serde.put(SerdeConfig.SCHEMA_REGISTRY_URL, settings.schemaRegistryUrl());
        }
        serde.putAll(file);
        return serde;
    }

    private Map<String, Object> merged(Map<String, Object> base) {
        Map<String, Object> merged = new HashMap<>(base);
        merged.putAll(file);
        return merged;
    }

    private static Map<String, Object> read(GatewaySettings settings) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settings.clientProperties())) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read coophub.gateway.client-properties", e);
        }
        Map<String, Object> map = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return Map.copyOf(map);
    }
}
