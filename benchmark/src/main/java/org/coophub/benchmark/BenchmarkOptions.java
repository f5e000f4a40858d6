package org.coophub.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What one benchmark run does, from {@code benchmark/run.sh}'s options.
 *
 * @param repository the repository root: the jars the run starts are under it
 * @param requests how many historical requests for cooperation the loader dispatches
 * @param parties how many States Parties of the directory receive them
 * @param seed the loader's random seed: the same seed, the same history, byte for byte
 * @param firstDispatch the day of the first dispatch
 * @param years the period the dispatches spread over
 * @param kafkaPort the benchmark broker's client port (never the developer hub's 9092)
 * @param controllerPort its KRaft controller port
 * @param registryPort its schema registry's port
 * @param dashboardPort the dashboard's HTTP port
 * @param warmUp unmeasured GETs per endpoint before the measured ones
 * @param samples measured GETs per endpoint
 * @param latencyBudget at most this long measuring each endpoint (an engine that scans every
 *     lifecycle answers in seconds at a million requests: fewer samples, said so in the figures)
 * @param catchUpTimeout the run fails if the dashboard has not caught up by then
 * @param dashboardJvm the dashboard's JVM options, by default those {@code ./coophub up} gives it
 * @param keepRunning leave the broker, the registry and the dashboard running at the end
 */
record BenchmarkOptions(
        Path repository,
        int requests,
        int parties,
        long seed,
        LocalDate firstDispatch,
        int years,
        int kafkaPort,
        int controllerPort,
        int registryPort,
        int dashboardPort,
        int warmUp,
        int samples,
        Duration latencyBudget,
        Duration catchUpTimeout,
        List<String> dashboardJvm,
        boolean keepRunning) {

    static final List<String> UP_DASHBOARD_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-Djava.awt.headless=true");

    static BenchmarkOptions parse(String[] args) {
        Path repository = Path.of(".");
        int requests = 1_000_000;
        int parties = 120;
        long seed = 20_171_122L;
        LocalDate firstDispatch = LocalDate.parse("2013-01-01");
        int years = 5;
        int kafkaPort = 19092;
        int controllerPort = 19093;
        int registryPort = 18081;
        int dashboardPort = 18088;
        int warmUp = 200;
        int samples = 2000;
        Duration latencyBudget = Duration.ofSeconds(180);
        Duration catchUpTimeout = Duration.ofMinutes(90);
        List<String> dashboardJvm = UP_DASHBOARD_JVM;
        boolean keepRunning = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--keep-running")) {
                keepRunning = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--repository" -> repository = Path.of(value);
                case "--requests" -> requests = Integer.parseInt(value.replace("_", ""));
                case "--parties" -> parties = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--first-dispatch" -> firstDispatch = LocalDate.parse(value);
                case "--years" -> years = Integer.parseInt(value);
                case "--kafka-port" -> kafkaPort = Integer.parseInt(value);
                case "--controller-port" -> controllerPort = Integer.parseInt(value);
                case "--registry-port" -> registryPort = Integer.parseInt(value);
                case "--dashboard-port" -> dashboardPort = Integer.parseInt(value);
                case "--warm-up" -> warmUp = Integer.parseInt(value);
                case "--samples" -> samples = Integer.parseInt(value);
                case "--latency-budget" -> latencyBudget = Duration.parse(value);
                case "--catch-up-timeout" -> catchUpTimeout = Duration.parse(value);
                case "--dashboard-jvm" -> dashboardJvm = List.of(value.trim().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (requests < 1 || parties < 1 || years < 1 || samples < 1 || warmUp < 0) {
            throw new IllegalArgumentException("--requests, --parties, --years, --samples must be positive");
        }
        return new BenchmarkOptions(
                repository.toAbsolutePath().normalize(),
                requests,
                parties,
                seed,
                firstDispatch,
                years,
                kafkaPort,
                controllerPort,
                registryPort,
                dashboardPort,
                warmUp,
                samples,
                latencyBudget,
                catchUpTimeout,
                dashboardJvm,
                keepRunning);
    }

    /** Everything a run writes: the hub's home (its {@code .coophub/}), the dashboard's state, the results. */
    Path target() {
        return repository.resolve("benchmark").resolve("target");
    }

    Path hubHome() {
        return target().resolve("hub");
    }

    Path results() {
        return target().resolve("benchmark-results.md");
    }
}
