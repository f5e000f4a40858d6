package org.coophub.dashboard.system;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.coophub.dashboard.summary.DashboardStores;
import org.coophub.dashboard.summary.Snapshot;
import org.coophub.dashboard.summary.SnapshotBuilder;
import org.coophub.dashboard.summary.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Rebuilds the figures' snapshot from the stores every {@code refresh-interval} (longer when a
 * refresh is slow, see {@link #pauseAfter}), on one thread of its own, so no API call reads a store in bulk. Before the first snapshot, and while Kafka Streams
 * is not RUNNING (a rebalance may have moved the stores), there are no figures: the API answers 503.
 */
final class SnapshotRefresher implements Snapshots, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresher.class);

    private final StreamsApplication streams;
    private final DashboardStores stores;
    private final Duration interval;
    private final Clock clock;
    private volatile Snapshot latest;
    private volatile ScheduledExecutorService scheduler;

    SnapshotRefresher(StreamsApplication streams, DashboardStores stores, Duration interval, Clock clock) {
        this.streams = streams;
        this.stores = stores;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public Snapshot current() {
        Snapshot snapshot = latest;
        KafkaStreams.State state = streams.state();
        if (snapshot == null || state != KafkaStreams.State.RUNNING) {
            throw new InvalidStateStoreException(
                    snapshot == null ? "no snapshot of the figures yet" : "the streams are " + state);
        }
        return snapshot;
    }

    /** Rebuilds the snapshot; returns how long that took (zero when the streams are not RUNNING). */
    Duration refresh() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        try {
            Snapshot snapshot = SnapshotBuilder.build(stores, clock.instant());
            latest = snapshot;
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            log.debug(
                    "Figures refreshed in {} ms: {} cells, {} open requests",
                    took.toMillis(),
                    snapshot.cellCount(),
                    snapshot.openCount());
            if (took.compareTo(interval) > 0) {
                log.warn(
                        "Refreshing the figures took {} ms, longer than coophub.dashboard.refresh-interval {}",
                        took.toMillis(),
                        interval);
            }
            return took;
        } catch (InvalidStateStoreException e) {
            log.debug("Figures not refreshed, the stores are not open: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Figures not refreshed", e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The pause before the next refresh: the interval, or four times the last refresh if that is
     * longer, so that refreshing never takes more than a fifth of a core from the stream thread
     * (while it catches up with a long history, every refresh reads many cells).
     */
    Duration pauseAfter(Duration took) {
        Duration backOff = took.multipliedBy(4);
        return backOff.compareTo(interval) > 0 ? backOff : interval;
    }

    private void refreshAndReschedule() {
        Duration took = refresh();
        ScheduledExecutorService running = scheduler;
        if (running != null && !running.isShutdown()) {
            try {
                running.schedule(this::refreshAndReschedule, pauseAfter(took).toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                log.debug("Figures no longer refreshed: the application stops");
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-figures");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.schedule(this::refreshAndReschedule, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            running.shutdownNow();
        }
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
