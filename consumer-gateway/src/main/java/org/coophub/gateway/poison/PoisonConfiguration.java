package org.coophub.gateway.poison;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.coophub.gateway.system.KafkaClientSettings;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.UnknownSchemaIdException;
import org.coophub.schemas.serde.UnknownMagicByteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Under a transactional container, failed records go through the {@link AfterRollbackProcessor}: the
 * transaction is rolled back, the record retried per its back-off, then dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class PoisonConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PoisonConfiguration.class);

    /** A schema id the registry does not know may be a registry still catching up: a few tries. */
    private static final BackOff BOUNDED = new FixedBackOff(500, 3);

    @Bean
    AfterRollbackProcessor<Object, Object> afterRollbackProcessor(
            KafkaTemplate<String, Object> kafka, KafkaClientSettings clients, MeterRegistry meters) {
        String party = clients.party();
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                kafka, (record, e) -> new TopicPartition(Topics.requestsDeadLetter(party), -1));
        Counter poisoned = Counter.builder("coophub.gateway.poison.records")
                .description("Records dead-lettered to coop.<P>.requests-dlt")
                .tag("party", party)
                .register(meters);
        DefaultAfterRollbackProcessor<Object, Object> processor = new DefaultAfterRollbackProcessor<>(
                (ConsumerRecord<?, ?> record, Exception e) -> {
                    deadLetters.accept(record, e);
                    poisoned.increment();
                    log.warn(
                            "Poison record {}-{}@{} (key {}) dead-lettered to {}: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            record.key(),
                            Topics.requestsDeadLetter(party),
                            rootMessage(e));
                },
                BOUNDED,
                kafka,
                true);
        // classify by the cause: the wrapper says only that the bytes could not be read
        processor.removeClassification(DeserializationException.class);
        processor.addNotRetryableExceptions(UnknownMagicByteException.class, SerializationException.class);
        processor.addRetryableExceptions(UnknownSchemaIdException.class);
        processor.setBackOffFunction((record, e) -> awayNotFaulty(e) ? untilItAnswers() : null);
        return processor;
    }

    /** The registry, the broker or the database is away: the record is not at fault. */
    static boolean awayNotFaulty(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff untilItAnswers() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
