package org.coophub.producer.dispatch;

import java.time.Instant;

/** What the Registry hears back for a dispatched request (the same on every replay). */
public record DispatchResult(
        String requestId, int revision, String addressee, String messageId, Instant dispatchedAt) {}
