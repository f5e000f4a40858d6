package org.coophub.producer.dispatch;

import java.time.Instant;

/**
 * What was dispatched and when: accepted at {@code dispatchedAt}, due to leave at {@code
 * notBefore} (an embargo), committed to Kafka at {@code sentAt} ({@code null} while pending).
 * {@code importedFrom} is the source of an imported request of the past ({@code null} when live);
 * its {@code dispatchedAt} is then the historic one.
 */
record DispatchedRequest(
        String requestId,
        String addressee,
        int revision,
        String coordinationId,
        String messageId,
        Instant dispatchedAt,
        Instant notBefore,
        Instant sentAt,
        RequestForm request,
        String importedFrom) {}
