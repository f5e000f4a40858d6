package org.coophub.gateway.inbox;

import java.time.Instant;
import java.time.LocalDate;
import org.coophub.schemas.response.RequestStatus;

/** A request as the gateway holds it, with the party's own progress on it. */
public record InboxEntry(
        String requestId,
        int revision,
        String messageId,
        String requestType,
        String legalBasis,
        String priority,
        String confidentiality,
        String language,
        LocalDate dueBy,
        Instant dispatchedAt,
        Instant receivedAt,
        String valueSha256,
        RequestStatus status,
        String statusReasons,
        String statusLegalBasis,
        LocalDate postponedUntil,
        Instant statusChangedAt,
        String payloadJson,
        Instant acknowledgedAt,
        String sourceTopic,
        int sourcePartition,
        long sourceOffset,
        Instant withdrawnAt) {

    /** Whether {@code received} is the very record this row was stored from (a redelivery). */
    public boolean storedFrom(ReceivedRecord received) {
        return sourceTopic.equals(received.topic())
                && sourcePartition == received.partition()
                && sourceOffset == received.offset();
    }

    /** A request is overdue when its due date has passed and the party has not closed it. */
    public boolean overdueOn(LocalDate today) {
        return dueBy != null && dueBy.isBefore(today) && !closed();
    }

    public boolean closed() {
        return switch (status) {
            case EXECUTED, PARTIALLY_EXECUTED, REFUSED, UNABLE_TO_EXECUTE -> true;
            default -> false;
        };
    }
}
