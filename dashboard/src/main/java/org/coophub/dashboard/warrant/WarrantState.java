package org.coophub.dashboard.warrant;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;

/**
 * What the hub knows of one arrest warrant, folded from its events in any order. Times are the
 * court's own (occurredAt), the Registry being the only writer of the warrants topic.
 *
 * @param issuedAt when the warrant was issued; null while its ISSUED event has not arrived
 * @param endedBy the event that ended the search (arrest, surrender, withdrawal, death), if any
 * @param sealed whether any event was under seal and no UNSEALED event has come
 * @param partiesAsked parties the warrant was transmitted to for arrest and surrender
 * @param seenMessageIds the de-duplication set
 */
public record WarrantState(
        String warrantId,
        String personReference,
        String personName,
        String caseReference,
        Long issuedAt,
        String endedBy,
        boolean sealed,
        boolean unsealed,
        List<String> partiesAsked,
        String lastEvent,
        long lastEventAt,
        List<String> seenMessageIds) {

    private static final Set<WarrantEventKind> ENDING = Set.of(
            WarrantEventKind.PERSON_ARRESTED,
            WarrantEventKind.PERSON_SURRENDERED,
            WarrantEventKind.WARRANT_WITHDRAWN,
            WarrantEventKind.PERSON_DECEASED);

    static WarrantState empty(String warrantId) {
        return new WarrantState(
                warrantId, null, null, null, null, null, false, false, List.of(), null, Long.MIN_VALUE, List.of());
    }

    boolean hasSeen(String messageId) {
        return seenMessageIds.contains(messageId);
    }

    WarrantState with(WarrantEvent event) {
        long at = event.getOccurredAt().toEpochMilli();
        WarrantEventKind kind = event.getKind();
        Long issued = issuedAt;
        if (kind == WarrantEventKind.ISSUED) {
            issued = issued == null ? at : Math.min(issued, at);
        }
        String ended = endedBy == null && ENDING.contains(kind) ? kind.name() : endedBy;
        TreeSet<String> asked = new TreeSet<>(partiesAsked);
        if (kind == WarrantEventKind.TRANSMITTED_TO_PARTY && event.getParty() != null) {
            asked.add(event.getParty());
        }
        boolean latest = at >= lastEventAt;
        TreeSet<String> seen = new TreeSet<>(seenMessageIds);
        seen.add(event.getMessageId());
        return new WarrantState(
                warrantId,
                event.getPersonReference() != null ? event.getPersonReference() : personReference,
                event.getPersonName() != null ? event.getPersonName() : personName,
                event.getCaseReference() != null ? event.getCaseReference() : caseReference,
                issued,
                ended,
                sealed || event.getUnderSeal(),
                unsealed || kind == WarrantEventKind.UNSEALED,
                List.copyOf(asked),
                latest ? kind.name() : lastEvent,
                latest ? at : lastEventAt,
                List.copyOf(seen));
    }

    /** Issued and the person still at large. */
    public boolean outstanding() {
        return issuedAt != null && endedBy == null;
    }

    /** Whether the warrant's details must stay hidden. */
    public boolean underSeal() {
        return sealed && !unsealed;
    }
}
