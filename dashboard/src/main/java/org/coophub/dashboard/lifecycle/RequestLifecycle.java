package org.coophub.dashboard.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the hub knows of one request, folded from every message about it in any order. Times are
 * hub-side Kafka record timestamps (epoch millis): the court's append for the dispatch, the
 * append of the party's receipt for the acknowledgement, never the party's own {@code sentAt}.
 *
 * @param dispatchedAt hub time of the REQUEST message; null while only party messages arrived
 * @param acknowledgedAt hub time of the earliest receipt acknowledgement
 * @param executedAt hub time of the earliest EXECUTED or PARTIALLY_EXECUTED status
 * @param lastStatus the status reported with the latest hub time
 * @param dueBy epoch day the request is due, from the message with the highest revision
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
        String lastStatus,
        long lastStatusAt,
        int revision,
        Long dueBy,
        int dueRevision,
        long dueSetAt,
        boolean withdrawn,
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
                Long.MIN_VALUE,
                0,
                null,
                0,
                Long.MIN_VALUE,
                false,
                List.of());
    }

    /** Whether this message was folded in already (a redelivery or a replay). */
    public boolean hasSeen(String messageId) {
        return timeline.stream().anyMatch(step -> step.messageId().equals(messageId));
    }

    /** This lifecycle with one more message, received at hub time {@code at}. */
    RequestLifecycle with(LifecycleEvent event, long at) {
        List<Step> steps = new ArrayList<>(timeline);
        steps.add(new Step(event.messageId(), event.kind(), at, event.revision(), event.status()));
        steps.sort(Comparator.comparingLong(Step::at));

        String newParty = party != null ? party : event.party();
        String newType = event.requestType() != null ? event.requestType() : requestType;
        boolean sealed = underSeal || event.underSeal();
        Long dispatched = dispatchedAt;
        Long acknowledged = acknowledgedAt;
        Long executed = executedAt;
        String status = lastStatus;
        long statusAt = lastStatusAt;
        Long due = dueBy;
        int dueRev = dueRevision;
        long dueAt = dueSetAt;
        boolean isWithdrawn = withdrawn;

        if (event.fromCourt()) {
            if ("REQUEST".equals(event.kind())) {
                dispatched = dispatched == null ? at : Math.min(dispatched, at);
                newParty = event.party();
            } else if ("WITHDRAWAL".equals(event.kind())) {
                isWithdrawn = true;
            }
            if (event.dueBy() != null && (event.revision() > dueRev || (event.revision() == dueRev && at >= dueAt))) {
                due = event.dueBy();
                dueRev = event.revision();
                dueAt = at;
            }
        } else if ("RECEIPT_ACKNOWLEDGEMENT".equals(event.kind())) {
            acknowledged = acknowledged == null ? at : Math.min(acknowledged, at);
        } else if ("STATUS_UPDATE".equals(event.kind()) && event.status() != null) {
            if (at >= statusAt) {
                status = event.status();
                statusAt = at;
            }
            if (EXECUTED.contains(event.status())) {
                executed = executed == null ? at : Math.min(executed, at);
            }
        }
        return new RequestLifecycle(
                requestId,
                newParty,
                newType,
                sealed,
                dispatched,
                acknowledged,
                executed,
                status,
                statusAt,
                Math.max(revision, event.revision()),
                due,
                dueRev,
                dueAt,
                isWithdrawn,
                List.copyOf(steps));
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
}
