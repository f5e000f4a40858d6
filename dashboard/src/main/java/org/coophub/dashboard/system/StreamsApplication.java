package org.coophub.dashboard.system;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the topology for as long as the application runs, and opens its stores to queries. */
final class StreamsApplication implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamsApplication.class);

    private final KafkaStreams streams;
    private volatile boolean running;

    StreamsApplication(Topology topology, Properties config) {
        this.streams = new KafkaStreams(topology, config);
        streams.setStateListener((now, before) -> log.info("Dashboard streams {} -> {}", before, now));
    }

    @Override
    public void start() {
        streams.start();
        running = true;
    }

    @Override
    public void stop() {
        // a clean close writes the stores' checkpoints, so the next start does not restore them all
        streams.close(Duration.ofSeconds(30));
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
