package org.coophub.dashboard.system;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP only once the Streams application is RUNNING: before that, the figures are not there yet. */
final class StreamsHealth implements HealthIndicator {

    private final StreamsApplication streams;

    StreamsHealth(StreamsApplication streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = streams.state();
        Health.Builder health = state == KafkaStreams.State.RUNNING ? Health.up() : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
