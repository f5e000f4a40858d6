package org.coophub.dashboard.lifecycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The stored JSON: one array of numbers, as it is read for every cell at every refresh of the
     * figures (names and nested objects would cost more to parse than the figures themselves). The
     * ten counters in the order of the record, then the number of closure months and a
     * {@code year × 12 + month - 1, count} pair for each, then for each histogram (acknowledge,
     * firstResponse, closure, execute) its implausible count, the length of its entries and the
     * entries.
     */
    @JsonValue
    long[] stored() {
        long[] counters = {
            dispatched,
            acknowledged,
            inProgress,
            inConsultation,
            executed,
            partlyExecuted,
            postponed,
            refused,
            withdrawn,
            open
        };
        int length = counters.length + 1 + 2 * closedInMonth.size();
        for (Histogram histogram : histograms()) {
            length += 2 + histogram.entries().length;
        }
        long[] stored = Arrays.copyOf(counters, length);
        int at = counters.length;
        stored[at++] = closedInMonth.size();
        for (Map.Entry<String, Long> closed : new TreeMap<>(closedInMonth).entrySet()) {
            YearMonth month = YearMonth.parse(closed.getKey());
            stored[at++] = month.getYear() * 12L + month.getMonthValue() - 1;
            stored[at++] = closed.getValue();
        }
        for (Histogram histogram : histograms()) {
            stored[at++] = histogram.implausible();
            stored[at++] = histogram.entries().length;
            System.arraycopy(histogram.entries(), 0, stored, at, histogram.entries().length);
            at += histogram.entries().length;
        }
        return stored;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static FigureCell stored(long[] stored) {
        int at = 10;
        int months = (int) stored[at++];
        Map<String, Long> closed = new TreeMap<>();
        for (int i = 0; i < months; i++) {
            long month = stored[at++];
            closed.put(YearMonth.of((int) (month / 12), (int) (month % 12) + 1).toString(), stored[at++]);
        }
        Histogram[] histograms = new Histogram[4];
        for (int h = 0; h < histograms.length; h++) {
            long implausible = stored[at++];
            int length = (int) stored[at++];
            histograms[h] = new Histogram(Arrays.copyOfRange(stored, at, at + length), implausible);
            at += length;
        }
        return new FigureCell(
                stored[0],
                stored[1],
                stored[2],
                stored[3],
                stored[4],
                stored[5],
                stored[6],
                stored[7],
                stored[8],
                stored[9],
                closed,
                histograms[0],
                histograms[1],
                histograms[2],
                histograms[3]);
    }

    private List<Histogram> histograms() {
        return List.of(acknowledge, firstResponse, closure, execute);
    }

    /** No request counted any more: the cell can go. */
    boolean isEmpty() {
        return dispatched == 0
                && closedInMonth.isEmpty()
                && acknowledge.hasNoDuration()
                && firstResponse.hasNoDuration()
                && closure.hasNoDuration()
                && execute.hasNoDuration();
    }
}
