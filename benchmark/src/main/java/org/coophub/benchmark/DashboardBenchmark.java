package org.coophub.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coophub.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard benchmark (issue 4): loads a seeded history of requests for cooperation into a hub
 * of its own, measures Kafka's own consumer on those topics, then the dashboard's catch-up from an
 * empty state and the latency of {@code /api/summary} and {@code /api/overdue}; prints one block of
 * figures and writes it to {@code benchmark/target/benchmark-results.md}. Run it with
 * {@code benchmark/run.sh}.
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);
    private static final Pattern REQUESTS = Pattern.compile("\"requests\"\\s*:\\s*(\\d+)");
    private static final Pattern OPEN = Pattern.compile("\"openRequests\"\\s*:\\s*(\\d+)");
    private static final Pattern OVERDUE = Pattern.compile("\"overdueRequests\"\\s*:\\s*(\\d+)");
    private static final Pattern AS_OF = Pattern.compile("\"asOf\"\\s*:\\s*\"([^\"]+)\"");

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        String loadBefore = loadAverage();
        // the commit the jars were built from (run.sh builds just before): a pull during the run changes nothing
        String code = gitDescription(options.repository());
        BenchmarkHub hub = new BenchmarkHub(options);
        List<Long> started = new ArrayList<>();
        DashboardProcess[] dashboard = new DashboardProcess[1];
        Thread stopOnExit = new Thread(() -> stopEverything(hub, dashboard[0], options), "benchmark-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        int exit = 0;
        try {
            log.info(
                    "starting a hub of its own: Kafka on 127.0.0.1:{}, registry on {}",
                    options.kafkaPort(),
                    options.registryPort());
            hub.start();
            started.addAll(hub.pids());
            Properties court = hub.court();
            HistoricalLoad loader = new HistoricalLoad(court, options);
            List<String> parties = loader.parties(options.parties());
            log.info(
                    "loading {} requests over {} parties from {} ({} years), seed {}",
                    options.requests(),
                    parties.size(),
                    options.firstDispatch(),
                    options.years(),
                    options.seed());
            HistoricalLoad.Loaded loaded = loader.load(parties);
            log.info(
                    "loaded {} records ({} requests, {} party messages, {} court notices) in {} s: {} records/s",
                    loaded.records(),
                    loaded.requests(),
                    loaded.responses(),
                    loaded.courtNotices(),
                    Figures.oneDecimal(loaded.seconds()),
                    Figures.whole(loaded.recordsPerSecond()));

            ConsumerBaseline.Measured consumer = ConsumerBaseline.read(court, loaded.topics());
            log.info(
                    "Kafka's consumer: {} records, {} MB in {} s: {} records/s, {} MB/s",
                    consumer.records(),
                    Figures.oneDecimal(consumer.bytes() / 1e6),
                    Figures.oneDecimal(consumer.seconds()),
                    Figures.whole(consumer.recordsPerSecond()),
                    Figures.oneDecimal(consumer.megabytesPerSecond()));

            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            dashboard[0] = DashboardProcess.start(options, hub.courtProperties());
            started.add(dashboard[0].pid());
            long running = dashboard[0].awaitRunning(http, Duration.ofMinutes(5));
            log.info("dashboard RUNNING {} s after its start", seconds(dashboard[0].startedNanos(), running));
            // coop.directory is a global table: read before RUNNING, by a consumer outside the group
            List<String> inputs = new ArrayList<>(loaded.topics());
            inputs.add(Topics.COURT_WARRANTS);
            CatchUp watcher = new CatchUp(court);
            long caughtUp;
            try {
                caughtUp = watcher.await(inputs, options.catchUpTimeout(), () -> dashboard[0].alive(http));
            } finally {
                watcher.close();
            }
            double fromStart = seconds(dashboard[0].startedNanos(), caughtUp);
            double fromRunning = seconds(running, caughtUp);
            log.info(
                    "dashboard caught up {} s after its start ({} s after RUNNING)",
                    Figures.oneDecimal(fromStart),
                    Figures.oneDecimal(fromRunning));

            long summaryAsked = System.nanoTime();
            String summary = awaitSummary(http, dashboard[0].baseUrl(), loaded.requests(), options.catchUpTimeout());
            double summarySeconds = seconds(summaryAsked, System.nanoTime());

            LatencyProbe probe = new LatencyProbe(http, dashboard[0].baseUrl());
            List<LatencyProbe.Latency> latencies = new ArrayList<>();
            for (String path : List.of("/api/summary", "/api/overdue")) {
                log.info(
                        "measuring GET {}: {} warm-up, {} measured, budget {}",
                        path,
                        options.warmUp(),
                        options.samples(),
                        options.latencyBudget());
                latencies.add(probe.measure(path, options.warmUp(), options.samples(), options.latencyBudget()));
            }
            String loadAfter = loadAverage();

            String report = report(
                    args,
                    code,
                    options,
                    loaded,
                    consumer,
                    seconds(dashboard[0].startedNanos(), running),
                    fromStart,
                    fromRunning,
                    summary,
                    summarySeconds,
                    latencies,
                    loadBefore,
                    loadAfter);
            Files.createDirectories(options.results().getParent());
            Files.writeString(options.results(), report, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(report);
            System.out.println("(written to " + options.results() + ")");
        } catch (Exception failure) {
            log.error("benchmark failed: {}", failure.toString(), failure);
            exit = 1;
        } finally {
            if (!options.keepRunning()) {
                stopEverything(hub, dashboard[0], options);
                removeHook(stopOnExit);
                List<Long> left = started.stream()
                        .filter(pid -> ProcessHandle.of(pid)
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .toList();
                log.info("processes this run started and left running: {}", left.isEmpty() ? "none" : left);
                if (!left.isEmpty()) {
                    exit = 1;
                }
            } else {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
                log.info(
                        "left running (--keep-running): dashboard {}, hub under {}",
                        dashboard[0] == null ? "-" : dashboard[0].baseUrl(),
                        hub.home());
            }
        }
        System.exit(exit);
    }

    /**
     * Polls /api/summary until its {@code requests} equals what was loaded and two snapshots in a
     * row (two different {@code asOf}) give the same figures: a snapshot built while the stream
     * thread was still writing may count every request but not yet every closure.
     */
    private static String awaitSummary(HttpClient http, String baseUrl, long requests, Duration timeout)
            throws InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(URI.create(baseUrl + "/api/summary"))
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = "";
        String previous = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
                body = response.body();
                if (response.statusCode() == 200 && number(REQUESTS, body) == requests) {
                    if (previous != null
                            && !asOf(previous).equals(asOf(body))
                            && figures(previous).equals(figures(body))) {
                        return body;
                    }
                    if (previous == null || !asOf(previous).equals(asOf(body))) {
                        previous = body;
                    }
                }
            } catch (IOException e) {
                body = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "/api/summary never settled at requests=" + requests + "; last answer: " + body);
    }

    private static String asOf(String json) {
        Matcher matcher = AS_OF.matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<Long> figures(String json) {
        return List.of(number(REQUESTS, json), number(OPEN, json), number(OVERDUE, json));
    }

    private static long number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static String report(
            String[] args,
            String code,
            BenchmarkOptions options,
            HistoricalLoad.Loaded loaded,
            ConsumerBaseline.Measured consumer,
            double toRunning,
            double fromStart,
            double fromRunning,
            String summary,
            double summarySeconds,
            List<LatencyProbe.Latency> latencies,
            String loadBefore,
            String loadAfter) {
        double streamsRate = loaded.records() / fromRunning;
        double ratio = streamsRate / consumer.recordsPerSecond();
        StringBuilder out = new StringBuilder();
        out.append("## Dashboard benchmark — ")
                .append(Instant.now())
                .append('\n')
                .append('\n');
        out.append("```\n");
        out.append("command     benchmark/run.sh ")
                .append(String.join(" ", commandLine(args)))
                .append('\n');
        out.append("code        ").append(code).append('\n');
        out.append("machine     ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(memory())
                .append(", Java ")
                .append(System.getProperty("java.version"))
                .append(" (")
                .append(System.getProperty("java.vm.name"))
                .append("), ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append('\n');
        out.append("load avg    before ")
                .append(loadBefore)
                .append(" | after ")
                .append(loadAfter)
                .append(" (1, 5, 15 min)\n");
        out.append("dashboard   JVM ")
                .append(String.join(" ", options.dashboardJvm()))
                .append('\n');
        out.append('\n');
        out.append("history     ")
                .append(Figures.whole(loaded.requests()))
                .append(" requests to ")
                .append(loaded.parties().size())
                .append(" parties, dispatched ")
                .append(options.firstDispatch())
                .append(" + ")
                .append(options.years())
                .append(" years, seed ")
                .append(options.seed())
                .append('\n');
        out.append("            ")
                .append(Figures.whole(loaded.records()))
                .append(" records: ")
                .append(Figures.whole(loaded.requests()))
                .append(" REQUEST, ")
                .append(Figures.whole(loaded.responses()))
                .append(" receipts/status updates, ")
                .append(Figures.whole(loaded.courtNotices()))
                .append(" reminders/withdrawals; ")
                .append(loaded.topics().size())
                .append(" topics x ")
                .append(HistoricalLoad.PARTITIONS)
                .append(" partitions\n");
        out.append("            by construction: ")
                .append(Figures.whole(loaded.open()))
                .append(" open (")
                .append(Figures.whole(loaded.neverAnswered()))
                .append(" never answered), ")
                .append(Figures.whole(loaded.withdrawn()))
                .append(" withdrawn\n");
        out.append("in Kafka    ")
                .append(Figures.whole(loaded.endOffsets()))
                .append(" records (sum of end offsets; sent ")
                .append(Figures.whole(loaded.records()))
                .append(")\n");
        out.append("load        ")
                .append(Figures.oneDecimal(loaded.seconds()))
                .append(" s, ")
                .append(Figures.whole(loaded.recordsPerSecond()))
                .append(" records/s (CoopAvroSerializer, lz4, acks=all, idempotent)\n");
        out.append('\n');
        out.append("Kafka consumer  ")
                .append(Figures.whole(consumer.records()))
                .append(" records, ")
                .append(Figures.oneDecimal(consumer.bytes() / 1e6))
                .append(" MB in ")
                .append(Figures.oneDecimal(consumer.seconds()))
                .append(" s: ")
                .append(Figures.whole(consumer.recordsPerSecond()))
                .append(" records/s, ")
                .append(Figures.oneDecimal(consumer.megabytesPerSecond()))
                .append(" MB/s\n");
        out.append("Streams catch-up  RUNNING ")
                .append(Figures.oneDecimal(toRunning))
                .append(" s after start; caught up ")
                .append(Figures.oneDecimal(fromRunning))
                .append(" s after RUNNING (")
                .append(Figures.oneDecimal(fromStart))
                .append(" s after start)\n");
        out.append("                  ")
                .append(Figures.whole(streamsRate))
                .append(" records/s from RUNNING (")
                .append(Figures.whole(loaded.records() / fromStart))
                .append(" from start)\n");
        out.append("RATIO       Streams / consumer = ")
                .append(Figures.ratio(ratio))
                .append(" (target >= 0.25: ")
                .append(ratio >= 0.25 ? "met" : "NOT met")
                .append(")\n");
        out.append("summary     requests=")
                .append(number(REQUESTS, summary))
                .append(" openRequests=")
                .append(number(OPEN, summary))
                .append(" overdueRequests=")
                .append(number(OVERDUE, summary))
                .append(" (settled: two snapshots agreeing, ")
                .append(Figures.oneDecimal(summarySeconds))
                .append(" s after catch-up)\n");
        out.append("            history has ")
                .append(Figures.whole(loaded.open()))
                .append(" open, all past due: ")
                .append(
                        number(OPEN, summary) == loaded.open() && number(OVERDUE, summary) == loaded.open()
                                ? "figures MATCH"
                                : "figures DIFFER")
                .append('\n');
        out.append('\n');
        out.append(String.format(
                java.util.Locale.ROOT,
                "%-14s %9s %9s %9s %9s %9s %7s %12s%n",
                "GET",
                "samples",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "errors",
                "body bytes"));
        boolean allMet = true;
        for (LatencyProbe.Latency latency : latencies) {
            out.append(String.format(
                    java.util.Locale.ROOT,
                    "%-14s %9s %9s %9s %9s %9s %7d %12d%n",
                    latency.path(),
                    latency.samples() + (latency.budgetExhausted() ? "/" + latency.wanted() : ""),
                    Figures.millis(latency.p50()),
                    Figures.millis(latency.p90()),
                    Figures.millis(latency.p99()),
                    Figures.millis(latency.max()),
                    latency.errors(),
                    latency.bodyBytes()));
            allMet &= !Double.isNaN(latency.p99()) && latency.p99() <= 50.0;
        }
        out.append("p99 target <= 50 ms: ")
                .append(allMet ? "met" : "NOT met")
                .append(" (")
                .append(options.warmUp())
                .append(" warm-up GETs each, sequential; a sample count n/N: the ")
                .append(options.latencyBudget())
                .append(" budget ran out)\n");
        out.append("```\n");
        return out.toString();
    }

    /** The options as given, without the repository run.sh passes itself. */
    private static List<String> commandLine(String[] args) {
        List<String> given = new ArrayList<>(List.of(args));
        int repository = given.indexOf("--repository");
        if (repository >= 0 && repository + 1 < given.size()) {
            given.remove(repository + 1);
            given.remove(repository);
        }
        return given;
    }

    private static void stopEverything(BenchmarkHub hub, DashboardProcess dashboard, BenchmarkOptions options) {
        try {
            if (dashboard != null) {
                dashboard.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int down = hub.stop();
        if (down != 0) {
            log.warn("coophub down exited {}; see {}", down, options.hubHome().resolve("coophub-cli.log"));
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook runs anyway
        }
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    java.util.Locale.ROOT,
                    "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return Figures.oneDecimal(kb / 1024.0 / 1024.0) + " GiB RAM";
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "memory unknown";
    }

    private static String gitDescription(Path repository) {
        try {
            Process git = new ProcessBuilder("git", "-C", repository.toString(), "log", "-1", "--format=%h %s")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            git.waitFor();
            return text;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
