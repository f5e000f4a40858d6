package org.coophub.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hub of its own for the benchmark: {@code coophub up --detach --no-apps} run by the CLI's jar with
 * {@code coophub.home} set to {@code benchmark/target/hub}, so its {@code .coophub/} (broker data,
 * credentials, pid files) and its ports never meet a developer's hub. That home links to the
 * repository's broker jars and registry jar, where the CLI looks for them.
 */
final class BenchmarkHub {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkHub.class);

    private final BenchmarkOptions options;
    private final Path home;

    BenchmarkHub(BenchmarkOptions options) {
        this.options = options;
        this.home = options.hubHome();
    }

    /** Stops a leftover of an earlier run, starts a fresh broker and registry, seeds the directory. */
    void start() {
        link("cli/target/kafka/libs");
        link("schema-registry/target/coophub-schema-registry.jar");
        cli("down");
        deleteTree(home.resolve(".coophub"));
        int exit = cli(
                "up",
                "--detach",
                "--no-apps",
                "--kafka-port",
                String.valueOf(options.kafkaPort()),
                "--controller-port",
                String.valueOf(options.controllerPort()),
                "--registry-port",
                String.valueOf(options.registryPort()));
        if (exit != 0) {
            throw new IllegalStateException("coophub up failed (exit " + exit + "); see " + upLog());
        }
    }

    /** The court's Kafka client settings (a super user), with the registry URL and its write login. */
    Path courtProperties() {
        return home.resolve(".coophub/credentials/court.properties");
    }

    Properties court() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(courtProperties())) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    Path home() {
        return home;
    }

    /** The pids the hub's pid files name, to check afterwards that none is left. */
    List<Long> pids() {
        Path run = home.resolve(".coophub/run");
        List<Long> pids = new ArrayList<>();
        if (!Files.isDirectory(run)) {
            return pids;
        }
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String text = Files.readString(file).trim();
                if (text.matches("\\d+")) {
                    pids.add(Long.parseLong(text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pids;
    }

    int stop() {
        return cli("down");
    }

    private Path upLog() {
        return home.resolve("coophub-cli.log");
    }

    private int cli(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dcoophub.home=" + home);
        command.add("-jar");
        command.add(options.repository().resolve("cli/target/coophub-cli.jar").toString());
        command.addAll(List.of(args));
        log.info("coophub {}", String.join(" ", args));
        try {
            Files.createDirectories(home);
            Process process = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(upLog().toFile()))
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("coophub " + args[0] + " did not finish in 5 minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void link(String relative) {
        Path link = home.resolve(relative);
        Path target = options.repository().resolve(relative);
        if (!Files.exists(target)) {
            throw new IllegalStateException(target + " is missing: build with benchmark/run.sh");
        }
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
