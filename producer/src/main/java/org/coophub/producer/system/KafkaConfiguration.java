package org.coophub.producer.system;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/** The court's Kafka producer, its serde and the clock that stamps what it sends. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    KafkaClients kafkaClients(KafkaProperties kafka, ProducerSettings settings) {
        return new KafkaClients(kafka.buildProducerProperties(), kafka.buildConsumerProperties(), settings);
    }

    @Bean
    SchemaRegistryClient schemaRegistryClient(KafkaClients clients) {
        return SerdeConfig.from(clients.serde(), false).newClient();
    }

    @Bean
    Clock hubClock() {
        return Clock.systemUTC();
    }

    @Bean
    ProducerFactory<String, SpecificRecord> courtProducerFactory(
            KafkaClients clients, SchemaRegistryClient registry, ProducerSettings settings) {
        Map<String, Object> config = new HashMap<>(clients.producer());
        // nothing is lost and nothing doubled by the producer's own retries
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        var avro = new CoopAvroSerializer<SpecificRecord>(registry, SerdeConfig.from(clients.serde(), false), false);
        // configured already, with the shared registry client: Kafka must not reconfigure it from
        // the producer's properties (which would replace the client)
        Serializer<SpecificRecord> serializer = new Serializer<>() {
            @Override
            public byte[] serialize(String topic, SpecificRecord record) {
                return avro.serialize(topic, record);
            }

            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {}
        };
        var factory = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), serializer);
        // unique per instance: a second instance with the same prefix would fence this one's producer
        String prefix =
                settings.transactionalIdPrefix() + UUID.randomUUID().toString().substring(0, 8) + "-";
        factory.setTransactionIdPrefix(prefix);
        log.info("Court producer uses transactional ids {}*", prefix);
        return factory;
    }

    @Bean
    KafkaTemplate<String, SpecificRecord> courtTemplate(ProducerFactory<String, SpecificRecord> factory) {
        return new KafkaTemplate<>(factory);
    }
}
