package org.coophub.dashboard.summary;

import java.time.LocalDate;

/** A row of the overdue table; the request type is null for a request under seal. */
public record OverdueRequest(
        String requestId, String party, String requestType, String status, LocalDate dueBy, long daysOverdue) {}
