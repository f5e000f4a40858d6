package org.coophub.dashboard.lifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the requests dispatched to one party, of one type, in one month (key
 * {@code party|type|yyyy-MM}, type {@code UNDER_SEAL} when sealed): how many are in each state
 * now, when they left the backlog, and how long they took. A request's contribution is retracted
 * and added again on every change to its lifecycle, so each cell always counts each request once.
 *
 * @param acknowledged requests acknowledged (a receipt came), whatever their status now
 * @param refused requests refused or that the party was unable to execute
 * @param closedInMonth month of leaving the backlog (closure or withdrawal) → how many
 * @param acknowledge dispatch → receipt acknowledgement
 * @param firstResponse dispatch → first status other than RECEIVED
 * @param closure dispatch → first closing status (a withdrawal is no sample)
 * @param execute dispatch → first EXECUTED or PARTIALLY_EXECUTED (the summary's days to execute)
 */
public record FigureCell(
        long dispatched,
        long acknowledged,
        long inProgress,
        long inConsultation,
        long executed,
        long partlyExecuted,
        long postponed,
        long refused,
        long withdrawn,
        long open,
        Map<String, Long> closedInMonth,
        Histogram acknowledge,
        Histogram firstResponse,
        Histogram closure,
        Histogram execute) {

    /** Beyond this, an acknowledgement time says more about a clock than about a party. */
    public static final Duration ACKNOWLEDGE_CEILING = Duration.ofDays(365);

    /** Beyond this, a response, closure or execution time says more about a clock than about a party. */
    public static final Duration RESPONSE_CEILING = Duration.ofDays(3650);

    public static final FigureCell EMPTY = new FigureCell(
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Histogram.EMPTY, Histogram.EMPTY, Histogram.EMPTY, Histogram.EMPTY);

    public FigureCell {
        closedInMonth = closedInMonth == null ? Map.of() : closedInMonth;
        acknowledge = acknowledge == null ? Histogram.EMPTY : acknowledge;
        firstResponse = firstResponse == null ? Histogram.EMPTY : firstResponse;
        closure = closure == null ? Histogram.EMPTY : closure;
        execute = execute == null ? Histogram.EMPTY : execute;
    }

    /** This cell with a request's contribution added ({@code sign} 1) or retracted (-1). */
    FigureCell with(Contribution request, int sign) {
        String state = request.state();
        Map<String, Long> closed = closedInMonth;
        if (request.closedMonth() != null) {
            TreeMap<String, Long> changed = new TreeMap<>(closedInMonth);
            long now = changed.getOrDefault(request.closedMonth(), 0L) + sign;
            if (now == 0) {
                changed.remove(request.closedMonth());
            } else {
                changed.put(request.closedMonth(), now);
            }
            closed = changed;
        }
        return new FigureCell(
                dispatched + sign,
                acknowledged + (request.acknowledged() ? sign : 0),
                inProgress + ("IN_PROGRESS".equals(state) ? sign : 0),
                inConsultation + ("IN_CONSULTATION".equals(state) ? sign : 0),
                executed + ("EXECUTED".equals(state) ? sign : 0),
                partlyExecuted + ("PARTIALLY_EXECUTED".equals(state) ? sign : 0),
                postponed + ("POSTPONED".equals(state) ? sign : 0),
                refused + ("REFUSED".equals(state) || "UNABLE_TO_EXECUTE".equals(state) ? sign : 0),
                withdrawn + ("WITHDRAWN".equals(state) ? sign : 0),
                open + (request.open() ? sign : 0),
                closed,
                with(acknowledge, request.toAcknowledge(), ACKNOWLEDGE_CEILING, sign),
                with(firstResponse, request.toFirstResponse(), RESPONSE_CEILING, sign),
                with(closure, request.toClosure(), RESPONSE_CEILING, sign),
                with(execute, request.toExecute(), RESPONSE_CEILING, sign));
    }

    private static Histogram with(Histogram histogram, Long millis, Duration ceiling, int sign) {
        return millis == null ? histogram : histogram.with(millis, ceiling, sign);
    }

    /** The sum of two cells (the same key, held by two tasks). */
    public FigureCell plus(FigureCell other) {
        TreeMap<String, Long> closed = new TreeMap<>(closedInMonth);
        other.closedInMonth.forEach((month, count) -> closed.merge(month, count, Long::sum));
        return new FigureCell(
                dispatched + other.dispatched,
                acknowledged + other.acknowledged,
                inProgress + other.inProgress,
                inConsultation + other.inConsultation,
                executed + other.executed,
                partlyExecuted + other.partlyExecuted,
                postponed + other.postponed,
                refused + other.refused,
                withdrawn + other.withdrawn,
                open + other.open,
                closed,
                acknowledge.merge(other.acknowledge),
                firstResponse.merge(other.firstResponse),
                closure.merge(other.closure),
                execute.merge(other.execute));
    }

    /** No request counted any more: the cell can go. */
    boolean isEmpty() {
        return dispatched == 0
                && closedInMonth.isEmpty()
                && acknowledge.isEmpty()
                && firstResponse.isEmpty()
                && closure.isEmpty()
                && execute.isEmpty();
    }
}
