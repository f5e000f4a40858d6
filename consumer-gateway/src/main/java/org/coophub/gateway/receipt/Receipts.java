package org.coophub.gateway.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.coophub.gateway.inbox.InboxEntry;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.ReceiptAcknowledgement;

/** Builds receipt acknowledgements. */
final class Receipts {

    private Receipts() {}

    /** Deterministic per (party, request, revision), so a resent receipt carries the same id. */
    static String messageId(String party, String requestId, int revision) {
        return UUID.nameUUIDFromBytes(
                        ("receipt:" + party + ":" + requestId + ":" + revision).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The receipt for a stored request: received time and digest come from the row, not the redelivery. */
    static PartyMessage acknowledge(String party, InboxEntry stored, Instant now) {
        return PartyMessage.newBuilder()
                .setMessageId(messageId(party, stored.requestId(), stored.revision()))
                .setRequestId(stored.requestId())
                .setParty(party)
                .setKind(PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT)
                .setSentAt(now)
                .setReceipt(ReceiptAcknowledgement.newBuilder()
                        .setRevision(stored.revision())
                        .setReceivedAt(stored.receivedAt())
                        .setRequestSha256(stored.valueSha256())
                        .build())
                .build();
    }
}
