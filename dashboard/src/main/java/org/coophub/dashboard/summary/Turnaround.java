package org.coophub.dashboard.summary;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/turnaround}: one row per key ({@code by} party, group or type), ordered by key. */
public record Turnaround(Instant asOf, String by, List<TurnaroundRow> rows) {}
