package org.coophub.dashboard.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the hub knows of one request, folded from every message about it in any order. Times are
 * hub-side Kafka record timestamps (epoch millis): the court's append for the dispatch, the
 * append of the party's receipt for the acknowledgement, never the party's own {@code sentAt}.
 * The one exception is the Registry's own record of the past: an imported request, and each event
 * recorded with it, is timed by the record's {@code occurredAt}.
 *
 * <p>A gateway acknowledges receipt of an imported request when it receives it, years after the
 * fact: that is receipt of the imported copy, not the party's answer of the past. So the
 * acknowledgement of an imported request is the recorded one (none if the record has none); a
 * live receipt is kept aside in {@code liveAcknowledgedAt}, so that the result is the same
 * whether it is folded before or after the imported request. Live status reports on an imported
 * request count like any other: they are live progress on an old request.
 *
 * @param dispatchedAt hub time of the REQUEST message; null while only party messages arrived
 * @param acknowledgedAt time of the earliest receipt acknowledgement that counts: the recorded
 *     one for an imported request, else the earliest of all
 * @param executedAt hub time of the earliest EXECUTED or PARTIALLY_EXECUTED status
 * @param firstResponseAt hub time of the earliest status other than RECEIVED: the party's first
 *     substantive response
 * @param closedAt hub time of the earliest closing status ({@link #CLOSING}); a withdrawal is not
 *     one (it is the court's act, not the party's answer: see {@code withdrawnAt})
 * @param withdrawnAt hub time of the earliest WITHDRAWAL, which closes the request for the
 *     backlog without being a turnaround sample
 * @param lastStatus the status reported with the latest hub time
 * @param dueBy epoch day the request is due, from the message with the highest revision
 * @param requestPartition partition of the earliest REQUEST record on {@code coop.<P>.requests};
 *     null when unknown. Internal: never shown, compared with the gateway's committed offsets
 * @param requestOffset offset of that record, null when unknown
 * @param importSource where the Registry's record of this request comes from, when the request
 *     was imported (its REQUEST message carried {@code imported}); null for a request sent live
 * @param liveAcknowledgedAt hub time of the earliest live receipt acknowledgement; for an imported
 *     request, when its gateway received the imported copy
 * @param recordedAcknowledgedAt time of the earliest receipt acknowledgement in the Registry's record
 * @param timeline every message once, in hub-time order; its message ids are the de-duplication
 *     set
 */
public record RequestLifecycle(
        String requestId,
        String party,
        String requestType,
        boolean underSeal,
        Long dispatchedAt,
        Long acknowledgedAt,
        Long executedAt,
        Long firstResponseAt,
        Long closedAt,
        Long withdrawnAt,
        String lastStatus,
        long lastStatusAt,
        int revision,
        Long dueBy,
        int dueRevision,
        long dueSetAt,
        boolean withdrawn,
        Integer requestPartition,
        Long requestOffset,
        String importSource,
        Long liveAcknowledgedAt,
        Long recordedAcknowledgedAt,
        List<Step> timeline) {

    /** Statuses after which nothing more is expected from the party. */
    public static final Set<String> CLOSING = Set.of("EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "UNABLE_TO_EXECUTE");

    private static final Set<String> EXECUTED = Set.of("EXECUTED", "PARTIALLY_EXECUTED");

    /** One message in a request's life. */
    public record Step(String messageId, String kind, long at, int revision, String status) {}

    static RequestLifecycle empty(String requestId) {
        return new RequestLifecycle(
                requestId,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Long.MIN_VALUE,
                0,
                null,
                0,
                Long.MIN_VALUE,
                false,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** Whether this message was folded in already (a redelivery or a replay). */
    public boolean hasSeen(String messageId) {
        return timeline.stream().anyMatch(step -> step.messageId().equals(messageId));
    }

    /** Whether the request was imported from the Registry's records rather than sent live. */
    public boolean imported() {
        return importSource != null;
    }

    /**
     * This lifecycle with one more message, at time {@code at}: the hub's, or for an imported
     * message the Registry's record of it.
     */
    RequestLifecycle with(LifecycleEvent event, long at) {
        List<Step> steps = new ArrayList<>(timeline);
        steps.add(new Step(event.messageId(), event.kind(), at, event.revision(), event.status()));
        steps.sort(Comparator.comparingLong(Step::at));

        String newParty = party != null ? party : event.party();
        String newType = event.requestType() != null ? event.requestType() : requestType;
        Long dispatched = dispatchedAt;
        Long executed = executedAt;
        Long firstResponse = firstResponseAt;
        Long closed = closedAt;
        Long withdrawnAtNow = withdrawnAt;
        String status = lastStatus;
        long statusAt = lastStatusAt;
        Long due = dueBy;
        int dueRev = dueRevision;
        long dueAt = dueSetAt;
        Integer partition = requestPartition;
        Long offset = requestOffset;
        String source = importSource;
        Long liveAcknowledged = liveAcknowledgedAt;
        Long recordedAcknowledged = recordedAcknowledgedAt;
        if (liveAcknowledged == null && recordedAcknowledged == null && importSource == null) {
            liveAcknowledged = acknowledgedAt; // stored before the two were kept apart: all live
        }

        if (event.fromCourt()) {
            if ("REQUEST".equals(event.kind())) {
                if (dispatched == null || at < dispatched || partition == null) {
                    partition = event.partition() != null ? event.partition() : partition;
                    offset = event.partition() != null ? event.offset() : offset;
                }
                dispatched = earliest(dispatched, at);
                newParty = event.party();
                if (event.importedRequest() && source == null) {
                    source = event.importSource();
                }
            } else if ("WITHDRAWAL".equals(event.kind())) {
                withdrawnAtNow = earliest(withdrawnAtNow, at);
            }
            if (event.dueBy() != null && (event.revision() > dueRev || (event.revision() == dueRev && at >= dueAt))) {
                due = event.dueBy();
                dueRev = event.revision();
                dueAt = at;
            }
        } else if ("RECEIPT_ACKNOWLEDGEMENT".equals(event.kind())) {
            if (event.occurredAt() != null) {
                recordedAcknowledged = earliest(recordedAcknowledged, at);
            } else {
                liveAcknowledged = earliest(liveAcknowledged, at);
            }
        } else if ("STATUS_UPDATE".equals(event.kind()) && event.status() != null) {
            if (at >= statusAt) {
                status = event.status();
                statusAt = at;
            }
            if (!"RECEIVED".equals(event.status())) {
                firstResponse = earliest(firstResponse, at);
            }
            if (CLOSING.contains(event.status())) {
                closed = earliest(closed, at);
            }
            if (EXECUTED.contains(event.status())) {
                executed = earliest(executed, at);
            }
        }
        // an imported request: the record says whether and when it was acknowledged
        Long acknowledged = source != null ? recordedAcknowledged : earliest(liveAcknowledged, recordedAcknowledged);
        return new RequestLifecycle(
                requestId,
                newParty,
                newType,
                underSeal || event.underSeal(),
                dispatched,
                acknowledged,
                executed,
                firstResponse,
                closed,
                withdrawnAtNow,
                status,
                statusAt,
                Math.max(revision, event.revision()),
                due,
                dueRev,
                dueAt,
                withdrawn || withdrawnAtNow != null,
                partition,
                offset,
                source,
                liveAcknowledged,
                recordedAcknowledged,
                List.copyOf(steps));
    }

    private static Long earliest(Long known, long at) {
        return known == null ? at : Math.min(known, at);
    }

    private static Long earliest(Long one, Long other) {
        if (one == null) {
            return other;
        }
        return other == null ? one : earliest(one, other.longValue());
    }

    /** The status a manager reads: withdrawn, the party's latest report, acknowledged or dispatched. */
    public String currentStatus() {
        if (withdrawn) {
            return "WITHDRAWN";
        }
        if (lastStatus != null) {
            return lastStatus;
        }
        if (acknowledgedAt != null) {
            return "ACKNOWLEDGED";
        }
        return dispatchedAt != null ? "DISPATCHED" : "NOT_YET_DISPATCHED";
    }

    /** Dispatched, not withdrawn, and not closed by the party's latest report. */
    public boolean open() {
        return dispatchedAt != null && !withdrawn && (lastStatus == null || !CLOSING.contains(lastStatus));
    }

    /**
     * When the request left the backlog: its withdrawal, else its earliest closing status; null
     * while it is open (a request reopened by a later status is open again).
     */
    public Long leftBacklogAt() {
        if (dispatchedAt == null || open()) {
            return null;
        }
        if (withdrawn) {
            return withdrawnAt != null ? withdrawnAt : dispatchedAt;
        }
        return closedAt != null ? closedAt : lastStatusAt;
    }
}
