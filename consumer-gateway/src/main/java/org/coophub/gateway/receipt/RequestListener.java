package org.coophub.gateway.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.coophub.gateway.inbox.Inbox;
import org.coophub.gateway.inbox.InboxEntry;
import org.coophub.gateway.inbox.ReceivedRecord;
import org.coophub.gateway.system.KafkaClientSettings;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores each court message in the inbox, then acknowledges receipt in the container's Kafka transaction. */
@Component
class RequestListener {

    static final String ID = "requests";

    private static final Logger log = LoggerFactory.getLogger(RequestListener.class);

    private final Inbox inbox;
    private final TransactionTemplate database;
    private final KafkaTemplate<String, Object> kafka;
    private final ObjectProvider<AfterInboxCommit> afterCommit;
    private final Clock clock;
    private final String party;

    RequestListener(
            Inbox inbox,
            TransactionTemplate database,
            KafkaTemplate<String, Object> kafka,
            ObjectProvider<AfterInboxCommit> afterCommit,
            ObjectProvider<Clock> clock,
            KafkaClientSettings clients) {
        this.inbox = inbox;
        this.database = database;
        this.kafka = kafka;
        this.afterCommit = afterCommit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.party = clients.party();
    }

    @KafkaListener(
            id = ID,
            idIsGroup = false,
            topics = "#{T(org.coophub.schemas.Topics).requests('${coophub.gateway.party}')}")
    void receive(ConsumerRecord<String, CourtMessage> record) {
        CourtMessage message = record.value();
        ReceivedRecord received = new ReceivedRecord(
                record.topic(), record.partition(), record.offset(), clock.instant(), digest(record));
        CooperationRequest request = message.getRequest() != null
                ? message.getRequest()
                : message.getNotice() != null ? message.getNotice().getAmendedRequest() : null;
        if (request == null) {
            storeNotice(message, received);
            return;
        }
        // the inbox row commits here, before anything is sent: no receipt for a request not stored
        Stored stored = database.execute(status -> {
            boolean first = inbox.store(message, request, received);
            return new Stored(
                    inbox.find(request.getRequestId(), request.getRevision()).orElseThrow(), first);
        });
        if (!stored.first()
                && !stored.entry().storedFrom(received)
                && stored.entry().acknowledgedAt() != null) {
            // the court sent this revision again (a new offset) and its receipt is already committed
            log.info(
                    "Request {} revision {} sent again at offset {}: already stored and acknowledged",
                    request.getRequestId(),
                    request.getRevision(),
                    record.offset());
            return;
        }
        acknowledge(stored.entry());
    }

    /** The receipt joins the container's Kafka transaction: committed with the offsets, or not at all. */
    private void acknowledge(InboxEntry stored) {
        afterCommit.orderedStream().forEach(hook -> hook.stored(stored));
        kafka.send(Topics.responses(party), stored.requestId(), Receipts.acknowledge(party, stored, clock.instant()));
        // best effort: a crash right after the Kafka commit leaves the flag unset, never a false "yes"
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                inbox.acknowledged(stored.requestId(), stored.revision(), clock.instant());
            }
        });
        log.info("Request {} revision {} stored; receipt sent", stored.requestId(), stored.revision());
    }

    private record Stored(InboxEntry entry, boolean first) {}

    private void storeNotice(CourtMessage message, ReceivedRecord received) {
        if (message.getNotice() == null) {
            log.warn(
                    "Court message {} of kind {} carries neither a request nor a notice; offset {} committed",
                    message.getMessageId(),
                    message.getKind(),
                    received.offset());
            return;
        }
        Boolean first = database.execute(status -> inbox.storeNotice(message, received));
        log.info(
                "{} {} for request {} {}",
                message.getKind(),
                message.getMessageId(),
                message.getRequestId(),
                Boolean.TRUE.equals(first) ? "stored" : "already stored");
    }

    private static String digest(ConsumerRecord<String, CourtMessage> record) {
        Header header = record.headers().lastHeader(DigestingDeserializer.SHA256_HEADER);
        if (header == null) {
            throw new IllegalStateException("No " + DigestingDeserializer.SHA256_HEADER + " header: the value"
                    + " deserializer must be wrapped in DigestingDeserializer");
        }
        return new String(header.value(), StandardCharsets.US_ASCII);
    }
}
