package org.coophub.gateway.officer;

import java.time.Instant;
import java.time.LocalDate;
import org.coophub.gateway.inbox.InboxEntry;

/** A request as the officers' API shows it. */
record InboxView(
        String requestId,
        int revision,
        String requestType,
        String legalBasis,
        String priority,
        String confidentiality,
        String language,
        String status,
        String statusReasons,
        String statusLegalBasis,
        LocalDate postponedUntil,
        LocalDate dueBy,
        boolean overdue,
        Instant dispatchedAt,
        Instant receivedAt,
        boolean acknowledged,
        String requestSha256,
        Instant withdrawnAt) {

    static InboxView of(InboxEntry entry, LocalDate today) {
        return new InboxView(
                entry.requestId(),
                entry.revision(),
                entry.requestType(),
                entry.legalBasis(),
                entry.priority(),
                entry.confidentiality(),
                entry.language(),
                entry.status().name(),
                entry.statusReasons(),
                entry.statusLegalBasis(),
                entry.postponedUntil(),
                entry.dueBy(),
                entry.overdueOn(today),
                entry.dispatchedAt(),
                entry.receivedAt(),
                entry.acknowledgedAt() != null,
                entry.valueSha256(),
                entry.withdrawnAt());
    }
}
