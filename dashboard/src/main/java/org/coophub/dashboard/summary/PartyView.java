package org.coophub.dashboard.summary;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/parties/{code}}: the party's directory entry and its figures, with its
 * turnaround (keyed by its code) and its breakdown by month.
 */
public record PartyView(
        String code,
        String name,
        String kind,
        String regionalGroup,
        boolean active,
        List<String> agreements,
        long requests,
        long openRequests,
        long overdueRequests,
        double medianHoursToAcknowledge,
        long acknowledgedRequests,
        double medianDaysToExecute,
        long executedRequests,
        TurnaroundRow turnaround,
        List<BreakdownRow> breakdown,
        Instant asOf) {}
