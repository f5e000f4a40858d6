package org.coophub.producer.bundle;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.coophub.producer.dispatch.RequestForm;

/**
 * A coordinated action: one request per addressee.
 *
 * @param coordinationId optional; assigned ({@code ICC-COORD-<uuid>}) when absent
 * @param embargoUntil optional; nothing is dispatched before this instant
 */
record BundleForm(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "letters, digits and . _ - only, at most 64")
        String coordinationId,

        Instant embargoUntil,
        List<RequestForm> requests) {}
