package org.coophub.dashboard.summary;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/backlog}: every period from the first to the last, none left out. */
public record Backlog(Instant asOf, String period, List<BacklogRow> rows) {}
