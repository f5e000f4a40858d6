package org.coophub.producer.dispatch;

import java.time.Instant;

/** A request as the store holds it. */
public record StoredRequest(
        String requestId,
        String addressee,
        int revision,
        String coordinationId,
        String contentSha256,
        String messageId,
        Instant dispatchedAt,
        Instant notBefore,
        int status,
        String body) {

    DispatchResult result() {
        return new DispatchResult(requestId, 1, addressee, messageId, dispatchedAt);
    }
}
