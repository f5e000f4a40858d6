package org.coophub.dashboard.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/responsiveness}: whether each party's gateway takes its requests, and the open
 * requests it has not taken yet, by due date.
 */
public record Responsiveness(Instant asOf, List<PartyRow> parties, List<NotYetReceived> notYetReceived) {

    /**
     * One party, the most alerts first.
     *
     * @param gatewayGroupFound whether the consumer group {@code gateway-<P>} ever committed
     * @param gatewayOffsetLag end minus committed offsets (transaction markers included); null when
     *     the gateway was not polled
     */
    public record PartyRow(
            String party,
            String name,
            String regionalGroup,
            long openRequests,
            long unacknowledged,
            Instant oldestUnacknowledgedSince,
            boolean gatewayGroupFound,
            Long gatewayOffsetLag,
            long notYetReceived,
            long alerts) {}

    /**
     * An open request whose REQUEST record the party's gateway has not committed past.
     *
     * @param daysToDue negative when past due; null with no due date
     * @param alert due within {@code coophub.dashboard.alert-before}, or past due
     */
    public record NotYetReceived(
            String requestId, String party, Instant dispatchedAt, LocalDate dueBy, Long daysToDue, boolean alert) {}
}
