package org.coophub.cli.hub;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * The broker's data directory: formatted once (with the SCRAM users), then only checked, so that a
 * restart keeps every topic and a foreign or damaged directory is never started on.
 */
final class KafkaStorage {

    private static final String RESET_HINT =
            "remove .coophub/kafka (the hub's Kafka data), or run ./coophub reset to wipe all of .coophub/";

    private final HubLayout layout;

    KafkaStorage(HubLayout layout) {
        this.layout = layout;
    }

    boolean isFormatted() {
        Path data = layout.kafkaData();
        try (var entries = Files.list(data)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws unless the data directory is the one CoopHub formatted. */
    void verify() {
        Path meta = layout.kafkaData().resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            throw new HubException(layout.kafkaData() + " is not a usable Kafka data directory (meta.properties is"
                    + " missing); " + RESET_HINT);
        }
        String clusterId = readClusterId(meta);
        String expected = storedClusterId();
        if (!clusterId.equals(expected)) {
            throw new HubException(layout.kafkaData() + " belongs to Kafka cluster " + clusterId
                    + " but CoopHub formatted cluster " + expected + "; " + RESET_HINT);
        }
    }

    /** Formats a fresh data directory, creating the SCRAM users in the initial metadata. */
    void format(Passwords passwords) {
        String clusterId = Uuid.randomUuid().toString();
        var args = new ArrayList<>(List.of(
                "-Dlog4j2.configurationFile=" + layout.brokerLogConfig(),
                "-cp",
                layout.kafkaLibs() + "/*",
                "kafka.tools.StorageTool",
                "format",
                "--cluster-id",
                clusterId,
                "--config",
                layout.brokerConfig().toString()));
        addScram(args, Passwords.BROKER, passwords.broker());
        addScram(args, Passwords.COURT, passwords.court());
        addScram(args, Passwords.REGISTRY, passwords.registry());
        Process format = ChildProcesses.launch(layout, Component.KAFKA, args);
        boolean exited = ChildProcesses.awaitExit(format.toHandle(), Duration.ofSeconds(90));
        PidFile.of(layout, Component.KAFKA).delete();
        if (!exited || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new HubException(
                    "kafka: formatting the storage failed", ChildProcesses.logTail(layout.log(Component.KAFKA)));
        }
        PrivateFiles.write(layout.clusterIdFile(), clusterId + "\n");
    }

    private static void addScram(List<String> args, String user, String password) {
        args.add("--add-scram");
        args.add("SCRAM-SHA-512=[name=" + user + ",password=" + password + "]");
    }

    private String storedClusterId() {
        Path stored = layout.clusterIdFile();
        try {
            return Files.readString(stored, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new HubException(
                    layout.kafkaData() + " was not formatted by CoopHub (" + stored + " is missing); " + RESET_HINT);
        }
    }

    private String readClusterId(Path meta) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new HubException(meta + " is unreadable (" + e.getMessage() + "); " + RESET_HINT);
        }
        String clusterId = properties.getProperty("cluster.id");
        if (clusterId == null || clusterId.isBlank()) {
            throw new HubException(meta + " has no cluster.id; " + RESET_HINT);
        }
        return clusterId.trim();
    }

    /** Deletes the data and the stored cluster id; the next {@code up} formats afresh. */
    void delete() {
        Path dir = layout.kafkaDir();
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
