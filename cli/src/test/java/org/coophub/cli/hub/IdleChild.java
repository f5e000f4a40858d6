package org.coophub.cli.hub;

import java.time.Duration;

/** A stand-in for a hub component in tests: a JVM that runs until it is signalled. */
final class IdleChild {

    private IdleChild() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.currentThread().join();
    }

    /**
     * Launches it and returns once its pid file reads as running: right after the fork, the child's
     * command line is still the test JVM's (without our markers) until it executes {@code java}.
     */
    static Process launch(HubLayout layout, Component component) {
        Process process = ChildProcesses.launch(
                layout,
                component,
                java.util.List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"), IdleChild.class.getName()));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (PidFile.of(layout, component).inspect().liveness() != PidFile.Liveness.RUNNING
                && process.isAlive()
                && System.nanoTime() < deadline) {
            ChildProcesses.awaitExit(process.toHandle(), Duration.ofMillis(20));
        }
        return process;
    }
}
