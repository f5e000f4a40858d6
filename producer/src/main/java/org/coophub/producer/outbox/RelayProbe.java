package org.coophub.producer.outbox;

/**
 * Called by the relay after each record is handed to the producer, inside the Kafka transaction.
 * Production has none; tests supply one that throws to prove a failed batch is all-or-nothing.
 */
@FunctionalInterface
public interface RelayProbe {

    void afterSend(OutboxRow row);
}
