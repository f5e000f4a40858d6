package org.coophub.dashboard.summary;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/breakdown}: rows by party, request type and period, ordered by period, party, type. */
public record Breakdown(Instant asOf, String period, List<BreakdownRow> rows) {}
