package org.coophub.dashboard.lifecycle;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * What one request adds to its {@link FigureCell}: derived from its lifecycle alone, so the
 * contribution of the lifecycle before a message can be retracted exactly.
 *
 * @param cell the key {@code party|type|yyyy-MM}
 * @param state the request's current status
 * @param closedMonth month it left the backlog, null while open
 * @param toAcknowledge dispatch → acknowledgement in millis, null when not acknowledged
 */
record Contribution(
        String cell,
        String state,
        boolean acknowledged,
        boolean open,
        String closedMonth,
        Long toAcknowledge,
        Long toFirstResponse,
        Long toClosure,
        Long toExecute) {

    /** Shown for the type of a request under seal, and counted under it. */
    static final String UNDER_SEAL = "UNDER_SEAL";

    /** The request's contribution, or null while it is not dispatched (only the party's side came). */
    static Contribution of(RequestLifecycle lifecycle) {
        if (lifecycle == null || lifecycle.dispatchedAt() == null) {
            return null;
        }
        long dispatched = lifecycle.dispatchedAt();
        Long left = lifecycle.leftBacklogAt();
        return new Contribution(
                cell(lifecycle.party(), shownType(lifecycle), month(dispatched)),
                lifecycle.currentStatus(),
                lifecycle.acknowledgedAt() != null,
                lifecycle.open(),
                left == null ? null : month(left),
                since(dispatched, lifecycle.acknowledgedAt()),
                since(dispatched, lifecycle.firstResponseAt()),
                since(dispatched, lifecycle.closedAt()),
                since(dispatched, lifecycle.executedAt()));
    }

    static String cell(String party, String type, String month) {
        return (party == null ? "UNKNOWN" : party) + "|" + type + "|" + month;
    }

    /** The type the figures show: never the real type of a request under seal. */
    static String shownType(RequestLifecycle lifecycle) {
        if (lifecycle.underSeal()) {
            return UNDER_SEAL;
        }
        return lifecycle.requestType() == null ? "UNKNOWN" : lifecycle.requestType();
    }

    static String month(long epochMillis) {
        return YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC))
                .toString();
    }

    private static Long since(long from, Long to) {
        return to == null ? null : to - from;
    }
}
