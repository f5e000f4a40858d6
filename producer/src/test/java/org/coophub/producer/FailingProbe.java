package org.coophub.producer;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.coophub.producer.outbox.OutboxRow;
import org.coophub.producer.outbox.RelayProbe;

/** Throws, inside the relay's Kafka transaction, after sending a record to the armed addressee. */
public class FailingProbe implements RelayProbe {

    private final AtomicReference<String> armedTopic = new AtomicReference<>();
    private final AtomicInteger failures = new AtomicInteger();

    public void failAfterSendingTo(String topic) {
        failures.set(0);
        armedTopic.set(topic);
    }

    public void disarm() {
        armedTopic.set(null);
    }

    public int failures() {
        return failures.get();
    }

    @Override
    public void afterSend(OutboxRow row) {
        if (row.topic().equals(armedTopic.get())) {
            failures.incrementAndGet();
            throw new IllegalStateException("injected failure after sending to " + row.topic());
        }
    }
}
