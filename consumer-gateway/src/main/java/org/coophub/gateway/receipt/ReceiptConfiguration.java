package org.coophub.gateway.receipt;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coophub.gateway.system.KafkaClientSettings;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** The requests consumer and its transactional listener container. */
@Configuration(proxyBeanMethods = false)
class ReceiptConfiguration {

    @Bean
    ConsumerFactory<String, CourtMessage> requestConsumerFactory(
            KafkaClientSettings clients, SchemaRegistryClient registry, MeterRegistry meters) {
        Map<String, Object> config = clients.consumer();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "gateway-" + clients.party());
        // never see records of a dispatch the court aborted
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        SerdeConfig read = SerdeConfig.from(clients.serde(), false);
        SerdeConfig specific = new SerdeConfig(
                read.registry(),
                read.autoRegisterSchemas(),
                read.useLatestVersion(),
                true,
                read.subjectNameStrategy(),
                read.cacheCapacity(),
                read.latestCacheTtl());
        ErrorHandlingDeserializer<CourtMessage> values = new ErrorHandlingDeserializer<>(
                new DigestingDeserializer<>(new CoopAvroDeserializer<CourtMessage>(registry, specific)));
        // false: the deserializers come configured with the shared registry client
        DefaultKafkaConsumerFactory<String, CourtMessage> factory =
                new DefaultKafkaConsumerFactory<>(config, StringDeserializer::new, () -> values, false);
        // kafka.consumer.fetch.manager.records.lag.max and friends, tagged by client id
        factory.addListener(new MicrometerConsumerListener<>(meters));
        return factory;
    }

    private static final Duration AUTH_RETRY = Duration.ofSeconds(5);

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CourtMessage> kafkaListenerContainerFactory(
            ConsumerFactory<String, CourtMessage> requestConsumerFactory,
            ProducerFactory<String, Object> producerFactory,
            AfterRollbackProcessor<Object, Object> afterRollbackProcessor) {
        ConcurrentKafkaListenerContainerFactory<String, CourtMessage> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(requestConsumerFactory);
        // the container begins a Kafka transaction per record and commits the offsets inside it
        KafkaTransactionManager<String, Object> transactions = new KafkaTransactionManager<>(producerFactory);
        // lets the listener learn when the receipt's transaction committed (inbox acknowledged_at)
        transactions.setTransactionSynchronization(
                AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
        factory.getContainerProperties().setKafkaAwareTransactionManager(transactions);
        factory.setAfterRollbackProcessor(afterRollbackProcessor);
        // a login refused now may be accepted in a moment (new credentials still propagating to
        // the broker, a rotation): retry rather than stop receiving for good
        factory.getContainerProperties().setAuthExceptionRetryInterval(AUTH_RETRY);
        return factory;
    }
}
