package org.coophub.dashboard.lifecycle;

import java.time.LocalDate;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.response.PartyMessage;

/**
 * One message about a request, court's or party's, reduced to what the figures need. The hub-side
 * time is not here: it is the Kafka record's timestamp, carried along with the record.
 *
 * @param kind the court message kind (REQUEST, WITHDRAWAL, ...) or the party message kind
 *     (RECEIPT_ACKNOWLEDGEMENT, STATUS_UPDATE)
 * @param status the reported status, for a status update
 * @param dueBy the due date the message sets, as an epoch day
 * @param partition where the court's message sits in {@code coop.<P>.requests}, captured before
 *     the repartition; null for a party's message or when unknown
 * @param offset its offset there, null likewise
 */
public record LifecycleEvent(
        String messageId,
        String requestId,
        String party,
        boolean fromCourt,
        String kind,
        int revision,
        String requestType,
        boolean underSeal,
        Long dueBy,
        String status,
        Integer partition,
        Long offset) {

    static LifecycleEvent of(CourtMessage message) {
        CooperationRequest request = message.getRequest();
        CourtNotice notice = message.getNotice();
        if (request == null && notice != null) {
            request = notice.getAmendedRequest();
        }
        int revision = notice != null ? notice.getRevision() : request != null ? request.getRevision() : 0;
        LocalDate due = request != null ? request.getDueBy() : null;
        if (notice != null && notice.getResponseDueBy() != null) {
            due = notice.getResponseDueBy();
        }
        return new LifecycleEvent(
                message.getMessageId(),
                message.getRequestId(),
                message.getAddressee(),
                true,
                message.getKind().name(),
                revision,
                request != null ? request.getRequestType().name() : null,
                // art. 87(3): a level this reader does not know counts as the most restrictive
                request != null
                        && request.getConfidentiality() != Confidentiality.PUBLIC
                        && request.getConfidentiality() != Confidentiality.CONFIDENTIAL,
                due != null ? due.toEpochDay() : null,
                null,
                null,
                null);
    }

    static LifecycleEvent of(PartyMessage message) {
        int revision = message.getReceipt() != null
                ? message.getReceipt().getRevision()
                : message.getStatus() != null ? message.getStatus().getRevision() : 0;
        return new LifecycleEvent(
                message.getMessageId(),
                message.getRequestId(),
                message.getParty(),
                false,
                message.getKind().name(),
                revision,
                null,
                false,
                null,
                message.getStatus() != null ? message.getStatus().getStatus().name() : null,
                null,
                null);
    }

    /** This event, placed where its record sits on the requests topic. */
    LifecycleEvent at(int recordPartition, long recordOffset) {
        return new LifecycleEvent(
                messageId,
                requestId,
                party,
                fromCourt,
                kind,
                revision,
                requestType,
                underSeal,
                dueBy,
                status,
                recordPartition,
                recordOffset);
    }
}
