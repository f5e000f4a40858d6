package org.coophub.dashboard.system;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
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
        streams.setUncaughtExceptionHandler(StreamsApplication::onStreamThreadError);
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

    /**
     * A stream thread that failed for a passing reason (the schema registry unreachable, a broker
     * timeout: see {@link DeadLetteringHandler}) is replaced, and the new one reads the same record
     * again; anything else stops the application, and health turns DOWN.
     */
    static StreamThreadExceptionResponse onStreamThreadError(Throwable error) {
        if (DeadLetteringHandler.isRetriable(error)) {
            log.warn("A stream thread failed for a passing reason, replacing it: {}", error.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        log.error("A stream thread failed, stopping the dashboard's streams", error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
