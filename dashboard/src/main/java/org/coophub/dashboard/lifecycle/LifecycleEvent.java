package org.coophub.dashboard.lifecycle;

import java.time.LocalDate;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.request.ImportedRecord;
import org.coophub.schemas.response.PartyMessage;

/**
 * One message about a request, court's or party's, reduced to what the figures need. The hub-side
 * time is not here: it is the Kafka record's timestamp, carried along with the record. Only the
 * Registry's own record of the past ({@code CourtMessage.imported}) carries a time of its own,
 * {@code occurredAt}, which then stands for the record's.
 *
 * @param kind the court message kind (REQUEST, WITHDRAWAL, ...) or the party message kind
 *     (RECEIPT_ACKNOWLEDGEMENT, STATUS_UPDATE)
 * @param status the reported status, for a status update
 * @param dueBy the due date the message sets, as an epoch day
 * @param partition where the court's message sits in {@code coop.<P>.requests}, captured before
 *     the repartition; null for a party's message or when unknown
 * @param offset its offset there, null likewise
 * @param occurredAt when it happened according to the Registry's records (epoch millis): set only
 *     for an imported court message and the events recorded with it, null for everything live
 * @param importSource where the imported record comes from, null for everything live
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
        Long offset,
        Long occurredAt,
        String importSource) {

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
        ImportedRecord imported = message.getImported();
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
                null,
                imported != null ? imported.getOccurredAt().toEpochMilli() : null,
                imported != null ? imported.getSource() : null);
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
                null,
                null,
                null);
    }

    /**
     * An event the Registry recorded with an imported request, as the live message would have
     * been: the party's receipt or status report, or the court's withdrawal.
     *
     * @param request the imported request's own event
     * @param position 1 for the first recorded event: with the request's message id, a
     *     deterministic message id, so a replay of the import folds each event once
     */
    static LifecycleEvent recorded(LifecycleEvent request, int position, String kind, String status, long occurredAt) {
        boolean fromCourt = "WITHDRAWAL".equals(kind);
        return new LifecycleEvent(
                request.messageId() + "#" + position,
                request.requestId(),
                request.party(),
                fromCourt,
                kind,
                request.revision(),
                null,
                false,
                null,
                status,
                null,
                null,
                occurredAt,
                request.importSource());
    }

    /** The time the lifecycle folds this event at: the Registry's record of it, else the hub's record timestamp. */
    long timeOf(long recordTimestamp) {
        return occurredAt != null ? occurredAt : recordTimestamp;
    }

    /** Whether this is the Registry's record of a request of the past, imported. */
    boolean importedRequest() {
        return fromCourt && importSource != null && "REQUEST".equals(kind);
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
                recordOffset,
                occurredAt,
                importSource);
    }
}
