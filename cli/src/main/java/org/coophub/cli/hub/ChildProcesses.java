package org.coophub.cli.hub;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts and stops the hub's JVM children. */
final class ChildProcesses {

    private static final int LOG_TAIL_LINES = 20;
    private static final long MAX_LOG_BYTES = 20L * 1024 * 1024;

    private ChildProcesses() {}

    /**
     * Starts a JVM in its own session ({@code setsid}), so that Ctrl-C on the launcher reaches only
     * the launcher, which then stops the children in order, and a detached child outlives the
     * terminal. Output is appended to the component's log; the pid file is written at once.
     */
    static Process launch(HubLayout layout, Component component, List<String> javaArgs) {
        var command = new ArrayList<String>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(PidFile.markers(component, layout.home()));
        command.addAll(javaArgs);
        PrivateFiles.createDirectory(layout.logs());
        rotateIfLarge(layout.log(component));
        var builder = new ProcessBuilder(command)
                .directory(layout.home().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(layout.log(component).toFile()));
        try {
            Process process = builder.start();
            PidFile.of(layout, component).write(process.pid());
            return process;
        } catch (IOException e) {
            throw new HubException("could not start " + component.id() + ": " + e.getMessage());
        }
    }

    /** Logs are appended across runs; past a size, the previous one is kept as {@code <log>.1}. */
    static void rotateIfLarge(Path log) {
        try {
            if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // keep appending to the large log rather than fail the start
        }
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. */
    static void stop(ProcessHandle process, Duration grace) {
        process.destroy();
        if (!awaitExit(process, grace)) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last lines of a log, indented, to show under a start-up failure. */
    static List<String> logTail(Path log) {
        if (!Files.isRegularFile(log)) {
            return List.of("  (no log at " + log + ")");
        }
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - 16_384);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            var lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
            var tail = new ArrayList<String>();
            tail.add("  last lines of " + log + ":");
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                    .forEach(line -> tail.add("  | " + line));
            return tail;
        } catch (IOException e) {
            return List.of("  (could not read " + log + ": " + e.getMessage() + ")");
        }
    }
}
