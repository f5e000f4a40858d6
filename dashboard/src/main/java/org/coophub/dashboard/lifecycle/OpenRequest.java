package org.coophub.dashboard.lifecycle;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A request open now (dispatched, not withdrawn, not closed), as the overdue and responsiveness
 * figures read it. Stored as a JSON array of its values (no names): every refresh of the figures
 * reads every open request.
 *
 * @param requestType {@code UNDER_SEAL} for a request under seal, never its real type
 * @param month month of dispatch, {@code yyyy-MM}
 * @param dueBy epoch day the request is due, null when none was set
 * @param requestPartition where the court's REQUEST record sits, null when unknown
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record OpenRequest(
        String requestId,
        String party,
        String requestType,
        String month,
        long dispatchedAt,
        Long dueBy,
        Long acknowledgedAt,
        String status,
        Integer requestPartition,
        Long requestOffset) {

    /** The request as open now, or null when it is not (not yet dispatched, withdrawn or closed). */
    static OpenRequest of(RequestLifecycle lifecycle) {
        if (lifecycle == null || !lifecycle.open()) {
            return null;
        }
        return new OpenRequest(
                lifecycle.requestId(),
                lifecycle.party(),
                Contribution.shownType(lifecycle),
                Contribution.month(lifecycle.dispatchedAt()),
                lifecycle.dispatchedAt(),
                lifecycle.dueBy(),
                lifecycle.acknowledgedAt(),
                lifecycle.currentStatus(),
                lifecycle.requestPartition(),
                lifecycle.requestOffset());
    }
}
