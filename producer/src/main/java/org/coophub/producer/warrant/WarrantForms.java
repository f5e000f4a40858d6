package org.coophub.producer.warrant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.coophub.schemas.warrant.WarrantEventKind;

/** The bodies of {@code POST /warrants} and {@code POST /warrants/{id}/events}. */
final class WarrantForms {

    private WarrantForms() {}

    /** A warrant issued by a Pre-Trial Chamber (art. 58). */
    record Issued(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")
            String warrantId,

            @NotBlank String personReference,
            String personName,
            String situation,
            String caseReference,
            boolean underSeal,
            Instant issuedAt) {}

    /** A later step. */
    record Event(@NotNull WarrantEventKind kind, Instant occurredAt, String party, String note) {}

    /** What was queued. */
    record Recorded(String warrantId, String kind, String messageId, Instant recordedAt) {}
}
