package org.coophub.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard jar, started as {@code ./coophub up} starts it (same JVM options unless told
 * otherwise) against the benchmark hub, with a fresh state directory, so it reads every topic from
 * the beginning.
 */
final class DashboardProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;
    private final Path logFile;
    private final long startedNanos;
    private int notUp;

    private DashboardProcess(Process process, String baseUrl, Path logFile, long startedNanos) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
        this.startedNanos = startedNanos;
    }

    static DashboardProcess start(BenchmarkOptions options, Path courtProperties) {
        Path home = options.hubHome();
        Path state = home.resolve("dashboard-state");
        BenchmarkHub.deleteTree(state);
        Path logFile = home.resolve("dashboard.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.dashboardJvm());
        command.add("-jar");
        command.add(options.repository()
                .resolve("dashboard/target/coophub-dashboard.jar")
                .toString());
        command.add("--server.port=" + options.dashboardPort());
        command.add("--server.address=127.0.0.1");
        command.add("--coophub.dashboard.client-properties=" + courtProperties.toAbsolutePath());
        command.add("--coophub.dashboard.state-dir=" + state.toAbsolutePath());
        try {
            Files.deleteIfExists(logFile);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            return new DashboardProcess(process, "http://127.0.0.1:" + options.dashboardPort(), logFile, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long startedNanos() {
        return startedNanos;
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return baseUrl;
    }

    Path logFile() {
        return logFile;
    }

    /** Waits until {@code /actuator/health} says UP (the Streams application is RUNNING); returns that instant. */
    long awaitRunning(HttpClient http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the dashboard exited (code " + process.exitValue() + "); see " + logFile);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the dashboard was not UP within " + timeout + "; see " + logFile);
    }

    /**
     * False once the process has exited or {@code /actuator/health} has answered something other
     * than UP twice in a row (the Streams application in ERROR, e.g. after an OutOfMemoryError). An
     * answer that does not come in time (a busy JVM) proves nothing either way.
     */
    boolean alive(HttpClient http) {
        if (!process.isAlive()) {
            return false;
        }
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && response.body().contains("\"UP\"");
            notUp = up ? 0 : notUp + 1;
        } catch (IOException unknown) {
            // busy or timed out: no verdict
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return notUp < 2;
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
