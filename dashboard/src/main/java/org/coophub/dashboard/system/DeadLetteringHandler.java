package org.coophub.dashboard.system;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' {@code deserialization.exception.handler}: a record the dashboard cannot read
 * (not the Confluent wire format, a schema id the registry does not know, bytes that do not decode)
 * goes to {@link DeadLetters#TOPIC} and processing continues, so a poison record never stops a
 * partition nor turns health DOWN, and is never silently skipped.
 *
 * <p>A failure whose cause is a {@link RetriableException} — the schema registry cannot be reached
 * ({@code SchemaRegistryUnavailableException}), a broker timeout — is not the record's fault: it is
 * not dead-lettered but FAILs, so the record is not skipped and its offset is not committed; the
 * stream thread stops and the record is read again when the application runs again. So does a dead
 * letter the broker would not take.
 *
 * <p>Kafka Streams instantiates it by class, so it is public; its {@link DeadLetters} come in the
 * Streams configuration under {@link #DEAD_LETTERS}.
 */
public final class DeadLetteringHandler implements DeserializationExceptionHandler {

    /** The Streams configuration key of the {@link DeadLetters} instance. */
    static final String DEAD_LETTERS = "coophub.dashboard.dead-letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringHandler.class);

    private DeadLetters deadLetters;

    public DeadLetteringHandler() {}

    DeadLetteringHandler(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        if (!(configs.get(DEAD_LETTERS) instanceof DeadLetters configured)) {
            throw new IllegalStateException(DEAD_LETTERS + " must hold the DeadLetters the handler writes to; found "
                    + configs.get(DEAD_LETTERS));
        }
        this.deadLetters = configured;
    }

    @Override
    public DeserializationHandlerResponse handle(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (isRetriable(exception)) {
            log.warn(
                    "Cannot read {}-{}@{} for now, the record is not at fault ({}): failing, to read it again",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    DeadLetters.root(exception).getClass().getSimpleName());
            return DeserializationHandlerResponse.FAIL;
        }
        try {
            deadLetters.send(record, exception);
            return DeserializationHandlerResponse.CONTINUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeserializationHandlerResponse.FAIL;
        } catch (Exception e) {
            log.error(
                    "Cannot dead-letter the poison record {}-{}@{} to {}: failing rather than skipping it ({})",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    DeadLetters.TOPIC,
                    e.toString());
            return DeserializationHandlerResponse.FAIL;
        }
    }

    static boolean isRetriable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
