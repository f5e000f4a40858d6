package org.coophub.dashboard.summary;

import java.time.Instant;
import java.util.List;

/**
 * A row of the outstanding-warrants table. Under seal, only the pseudonymous person reference
 * shows: no name, no case.
 */
public record OutstandingWarrant(
        String warrantId,
        String personReference,
        String personName,
        String caseReference,
        boolean underSeal,
        Instant issuedAt,
        long daysSinceIssue,
        List<String> partiesAsked,
        String lastEvent,
        Instant lastEventAt) {}
