package org.coophub.cli.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A child's pid file under {@code .coophub/run/}. A pid only counts when that process is alive
 * <em>and</em> its command line carries our markers, so a recycled pid is never signalled.
 */
record PidFile(Component component, Path path, Path home) {

    static PidFile of(HubLayout layout, Component component) {
        return new PidFile(component, layout.pidFile(component), layout.home());
    }

    enum Liveness {
        ABSENT,
        RUNNING,
        STALE
    }

    /** What the pid file says; {@code reason} explains a stale one. */
    record Inspection(Component component, Liveness liveness, long pid, String reason) {

        Optional<ProcessHandle> process() {
            return liveness == Liveness.RUNNING ? ProcessHandle.of(pid) : Optional.empty();
        }
    }

    Inspection inspect() {
        if (!Files.exists(path)) {
            return new Inspection(component, Liveness.ABSENT, 0, "");
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(path, StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return new Inspection(component, Liveness.STALE, 0, "it does not hold a process id");
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return new Inspection(component, Liveness.STALE, pid, "process " + pid + " is gone");
        }
        if (!isOurs(pid)) {
            return new Inspection(
                    component, Liveness.STALE, pid, "process " + pid + " is not CoopHub's " + component.id());
        }
        return new Inspection(component, Liveness.RUNNING, pid, "");
    }

    void write(long pid) {
        PrivateFiles.write(path, pid + "\n");
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JVM arguments that mark a child as this hub's component (see {@link #isOurs}). */
    static List<String> markers(Component component, Path home) {
        return List.of("-Dcoophub.component=" + component.id(), "-Dcoophub.home=" + home);
    }

    private boolean isOurs(long pid) {
        return commandLine(pid).containsAll(markers(component, home));
    }

    private static List<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
        try {
            return List.of(Files.readString(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            // not Linux, or gone meanwhile: fall back to what the JDK can tell
            return ProcessHandle.of(pid)
                    .flatMap(handle -> handle.info().arguments())
                    .map(List::of)
                    .orElse(List.of());
        }
    }
}
