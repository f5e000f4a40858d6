package org.coophub.dashboard.responsiveness;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A party's {@link GatewayLag} from the offsets read from the broker: a pure function. */
final class LagComputation {

    private LagComputation() {}

    /**
     * @param committed partition → offset the group {@code gateway-<P>} committed; empty when the
     *     group never committed on the topic
     * @param ends partition → end offset of {@code coop.<P>.requests}
     */
    static GatewayLag of(String party, Map<Integer, Long> committed, Map<Integer, Long> ends, Instant polledAt) {
        long lag = 0;
        for (Map.Entry<Integer, Long> end : ends.entrySet()) {
            // a partition the gateway never committed on: nothing of it taken yet
            long taken = committed.getOrDefault(end.getKey(), 0L);
            lag += Math.max(0, end.getValue() - taken);
        }
        return new GatewayLag(
                party,
                !committed.isEmpty(),
                Collections.unmodifiableMap(new TreeMap<>(committed)),
                Collections.unmodifiableMap(new TreeMap<>(ends)),
                lag,
                polledAt);
    }
}
