package org.coophub.gateway.system;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * One transactional producer factory for everything the gateway writes: receipts, outbox relays and
 * dead letters share it, so a dead letter joins the same Kafka transaction as the offsets it commits.
 */
@Configuration(proxyBeanMethods = false)
class KafkaClientsConfiguration {

    @Bean
    SchemaRegistryClient schemaRegistryClient(KafkaClientSettings clients) {
        return SerdeConfig.from(clients.serde(), false).newClient();
    }

    @Bean
    ProducerFactory<String, Object> producerFactory(
            KafkaClientSettings clients, SchemaRegistryClient registry, MeterRegistry meters) {
        Map<String, Object> config = clients.producer();
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        SerdeConfig read = SerdeConfig.from(clients.serde(), false);
        // gateways may only look schemas up: onboarding registered the subjects as the court
        SerdeConfig lookUpOnly = new SerdeConfig(
                read.registry(),
                false,
                read.useLatestVersion(),
                read.specificAvroReader(),
                read.subjectNameStrategy(),
                read.cacheCapacity(),
                read.latestCacheTtl());
        // byte[] values (dead letters) pass through untouched: the original bytes survive
        Serializer<Object> values = new DelegatingByTypeSerializer(Map.of(
                PartyMessage.class,
                new CoopAvroSerializer<PartyMessage>(registry, lookUpOnly, false),
                byte[].class,
                new ByteArraySerializer()));
        // false: the serializers come configured with the shared registry client
        DefaultKafkaProducerFactory<String, Object> factory =
                new DefaultKafkaProducerFactory<>(config, StringSerializer::new, () -> values, false);
        // the ACLs grant transactional ids with this prefix only
        factory.setTransactionIdPrefix("gateway-" + clients.party() + "-");
        factory.addListener(new MicrometerProducerListener<>(meters));
        return factory;
    }

    @Bean
    KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }
}
