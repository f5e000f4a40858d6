package org.coophub.gateway.inbox;

import java.time.Instant;

/** Where and when a court message arrived, and the SHA-256 of its value bytes as received. */
public record ReceivedRecord(String topic, int partition, long offset, Instant receivedAt, String valueSha256) {}
