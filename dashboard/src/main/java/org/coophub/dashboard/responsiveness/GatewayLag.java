package org.coophub.dashboard.responsiveness;

import java.time.Instant;
import java.util.Map;

/**
 * One party's gateway, as last polled: the consumer group {@code gateway-<P>}'s committed offsets
 * on {@code coop.<P>.requests} against the topic's end offsets.
 *
 * @param consumerGroupFound false when the gateway never committed (never ran, or not yet)
 * @param committedOffsets partition → next offset the gateway will read
 * @param endOffsets partition → end offset of the topic (transaction markers included)
 * @param offsetLag sum of end minus committed; counts transaction markers too, so it reads 1 or
 *     more per partition even when every request was received: the per-request
 *     {@link #received(int, long)} is the exact answer
 */
public record GatewayLag(
        String party,
        boolean consumerGroupFound,
        Map<Integer, Long> committedOffsets,
        Map<Integer, Long> endOffsets,
        long offsetLag,
        Instant polledAt) {

    /** Whether the gateway has committed past the record at this partition and offset. */
    public boolean received(int partition, long offset) {
        Long committed = committedOffsets.get(partition);
        return committed != null && committed > offset;
    }
}
