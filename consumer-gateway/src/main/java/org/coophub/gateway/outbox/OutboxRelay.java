package org.coophub.gateway.outbox;

import java.time.Clock;
import java.util.List;
import org.coophub.gateway.system.KafkaClientSettings;
import org.coophub.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends pending outbox rows in one Kafka transaction, then marks them sent. */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final String topic;

    OutboxRelay(
            Outbox outbox,
            KafkaTemplate<String, Object> kafka,
            ObjectProvider<Clock> clock,
            KafkaClientSettings clients) {
        this.outbox = outbox;
        this.kafka = kafka;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.topic = Topics.responses(clients.party());
    }

    @Scheduled(fixedDelayString = "${coophub.gateway.outbox-relay-interval-ms:200}")
    void relay() {
        List<Outbox.Pending> pending = outbox.pending(BATCH);
        if (pending.isEmpty()) {
            return;
        }
        // commit on Kafka first: if we die before the mark below, the same message ids go out again
        kafka.executeInTransaction(operations -> {
            pending.forEach(message -> operations.send(topic, message.key(), message.message()));
            return null;
        });
        outbox.markSent(pending, clock.instant());
        log.info("Relayed {} outbox message(s) to {}", pending.size(), topic);
    }
}
