package org.coophub.dashboard.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/requests/{id}}: the lifecycle, never the request's content. Under seal, the
 * request type is withheld too; the figures still count the request.
 *
 * @param firstResponseAt hub time of the party's first status other than RECEIVED
 * @param closedAt hub time of the party's first closing status (executed, partly executed,
 *     refused, unable to execute); a withdrawal is shown by the status WITHDRAWN
 * @param imported whether the request was imported from the Registry's records
 *     ({@code CourtMessage.imported}): its times are then the recorded ones, not the import's
 * @param importSource where that record comes from, null for a request sent live
 */
public record RequestView(
        String requestId,
        String party,
        String requestType,
        boolean underSeal,
        String status,
        int revision,
        Instant dispatchedAt,
        Instant acknowledgedAt,
        Instant executedAt,
        Instant firstResponseAt,
        Instant closedAt,
        LocalDate dueBy,
        boolean open,
        boolean overdue,
        List<Event> timeline,
        boolean imported,
        String importSource) {

    /** One message in the request's life, at hub time. */
    public record Event(String kind, Instant at, int revision, String status) {}
}
