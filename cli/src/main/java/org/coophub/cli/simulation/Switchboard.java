package org.coophub.cli.simulation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every authority on one polling thread, so ~120 parties cost one thread, not 120. A small
 * pool starts them (each start is a few round trips: login, metadata, committed offsets), retrying
 * one that fails; the polling thread cycles those already started, then pauses {@code pause}.
 */
final class Switchboard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Switchboard.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final List<Authority> authorities;
    private final Clock clock;
    private final Duration pause;
    private final ExecutorService starters;
    private final Thread poller;
    private final AtomicInteger startedCount = new AtomicInteger();
    private final long createdAt = System.nanoTime();
    private volatile long allStartedNanos = -1;
    private volatile boolean running = true;

    Switchboard(List<Authority> authorities, Clock clock, Duration pause, int startThreads) {
        this.authorities = List.copyOf(authorities);
        this.clock = clock;
        this.pause = pause;
        AtomicInteger threads = new AtomicInteger();
        this.starters = Executors.newFixedThreadPool(Math.max(1, startThreads), runnable -> {
            Thread thread = new Thread(runnable, "authority-start-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.poller = new Thread(this::poll, "authorities");
        this.poller.setDaemon(true);
    }

    void start() {
        if (authorities.isEmpty()) {
            allStartedNanos = 0;
        }
        authorities.forEach(authority -> starters.execute(() -> startWithRetries(authority)));
        starters.shutdown();
        poller.start();
    }

    /** Whether every authority has its partitions assigned and positioned. */
    boolean ready() {
        return startedCount.get() == authorities.size();
    }

    int started() {
        return startedCount.get();
    }

    int size() {
        return authorities.size();
    }

    /** How long it took until every authority was assigned and positioned, once they are. */
    Duration startupTime() {
        long at = allStartedNanos;
        return at < 0 ? null : Duration.ofNanos(at);
    }

    private void startWithRetries(Authority authority) {
        while (running) {
            try {
                authority.start();
                if (startedCount.incrementAndGet() == authorities.size()) {
                    allStartedNanos = System.nanoTime() - createdAt;
                    log.info(
                            "All {} authorities assigned and positioned in {} ms",
                            authorities.size(),
                            Duration.ofNanos(allStartedNanos).toMillis());
                }
                return;
            } catch (RuntimeException e) {
                log.warn(
                        "{} authority could not start: {}; retrying in {} s",
                        authority.party(),
                        e.toString(),
                        RETRY.toSeconds());
                LockSupport.parkNanos(RETRY.toNanos());
            }
        }
    }

    private void poll() {
        while (running) {
            for (Authority authority : authorities) {
                if (!running) {
                    break;
                }
                if (authority.started()) {
                    try {
                        authority.cycle(clock.instant());
                    } catch (RuntimeException e) {
                        log.warn("{} authority failed a cycle: {}", authority.party(), e.toString());
                    }
                }
            }
            LockSupport.parkNanos(pause.toNanos());
        }
    }

    @Override
    public void close() {
        running = false;
        starters.shutdownNow();
        try {
            starters.awaitTermination(20, TimeUnit.SECONDS);
            poller.join(Duration.ofSeconds(20).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Authority authority : authorities) {
            try {
                authority.close();
            } catch (RuntimeException e) {
                log.warn("{} authority did not close cleanly: {}", authority.party(), e.toString());
            }
        }
    }
}
