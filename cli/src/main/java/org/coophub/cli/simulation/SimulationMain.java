package org.coophub.cli.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.coophub.schemas.registry.RegistryConnection;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated national authorities and live court traffic, run by {@code coophub up} as a child
 * process: {@code java -cp <cli jar> org.coophub.cli.simulation.SimulationMain --credentials-dir
 * .coophub/credentials --gateway FRA=http://127.0.0.1:8091 ... --producer http://127.0.0.1:8080}.
 * One authority per {@code gateway-<P>.properties} in the credentials directory, except the real
 * gateways'. Runs until killed; logs one line per action on stdout.
 */
public final class SimulationMain {

    private static final String LOGBACK = "org/coophub/cli/simulation/logback.xml";
    private static final String CREDENTIALS_PREFIX = "gateway-";
    private static final String CREDENTIALS_SUFFIX = ".properties";

    private SimulationMain() {}

    public static void main(String[] args) throws Exception {
        // before the first logger: the CLI's own logback.xml speaks only of problems, on stderr
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK);
        }
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Simulation simulation = Simulation.start(options, Clock.systemUTC());
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulation.close();
                            stopped.countDown();
                        },
                        "simulation-shutdown"));
        stopped.await();
    }

    /** The running simulation: its authorities, the court's traffic and the status server. */
    static final class Simulation implements AutoCloseable {

        private static final Logger log = LoggerFactory.getLogger(Simulation.class);

        private final Switchboard switchboard;
        private final ScheduledExecutorService court;
        private final StatusServer server;

        private Simulation(Switchboard switchboard, ScheduledExecutorService court, StatusServer server) {
            this.switchboard = switchboard;
            this.court = court;
            this.server = server;
        }

        static Simulation start(SimulationOptions options, Clock clock) throws IOException {
            Parties directory = Parties.fromDirectoryFile();
            Map<String, Path> files = credentialFiles(options.credentialsDir());
            options.gateways().keySet().forEach(files::remove);
            var everyone = new ArrayList<Parties.Party>();
            files.keySet().forEach(code -> everyone.add(directory.party(code)));
            options.gateways().keySet().forEach(code -> everyone.add(directory.party(code)));
            var model = new BehaviourModel(options.seed(), everyone);
            var tally = new Tally();

            Map<RegistryConnection, SchemaRegistryClient> registries = new HashMap<>();
            var authorities = new ArrayList<Authority>();
            files.forEach((party, file) -> {
                var clients = AuthorityClients.fromFile(party, file, registries);
                authorities.add(new Authority(
                        model.profile(party),
                        clients.consumer(),
                        clients::producer,
                        clients.deserializer(),
                        options.day(),
                        clock,
                        tally.of(party)));
            });
            var switchboard = new Switchboard(authorities, clock, Duration.ofMillis(100), 4);
            var server = new StatusServer(options.port(), switchboard, tally::snapshot);
            ScheduledExecutorService court = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "court");
                thread.setDaemon(true);
                return thread;
            });
            log.info(
                    "Simulating {} national authorities ({} never answer); real gateways {}; {} live request(s) a"
                            + " minute; a day lasts {} ms; seed {}; status on port {}",
                    authorities.size(),
                    model.profiles().stream()
                            .filter(p -> p.neverAnswers() && files.containsKey(p.party()))
                            .count(),
                    options.gateways().keySet(),
                    options.perMinute(),
                    options.day().toMillis(),
                    options.seed(),
                    server.port());
            switchboard.start();
            server.start();
            var web = Web.withCredentials(options.webCredentials());
            var officers = new Officers(options.gateways(), model, web, court, options.day(), clock, tally);
            options.producer().ifPresent(producer -> {
                var traffic = new CourtTraffic(
                        CourtTraffic.weigh(everyone, options.seed(), officers::drives),
                        options.perMinute(),
                        options.seed(),
                        producer,
                        web,
                        officers,
                        court,
                        clock,
                        tally);
                options.liveAfter().ifPresentOrElse(marker -> startWhenPresent(traffic, marker, court), traffic::start);
            });
            return new Simulation(switchboard, court, server);
        }

        /** Live traffic after the history: {@code up} creates the marker once the history is loaded. */
        private static void startWhenPresent(CourtTraffic traffic, Path marker, ScheduledExecutorService court) {
            log.info("Live traffic starts once {} exists (the history is loaded)", marker);
            var watch = new AtomicReference<ScheduledFuture<?>>();
            watch.set(court.scheduleWithFixedDelay(
                    () -> {
                        if (Files.exists(marker)) {
                            log.info("The history is loaded: live traffic starts");
                            traffic.start();
                            watch.get().cancel(false);
                        }
                    },
                    500, // after watch is set: the executor runs one task at a time
                    500,
                    TimeUnit.MILLISECONDS));
        }

        int port() {
            return server.port();
        }

        boolean ready() {
            return switchboard.ready();
        }

        @Override
        public void close() {
            court.shutdownNow();
            server.close();
            switchboard.close();
            try {
                court.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log.info("Simulation stopped");
        }
    }

    /** {@code gateway-<P>.properties} files by party code, sorted. */
    static Map<String, Path> credentialFiles(Path dir) throws IOException {
        var files = new LinkedHashMap<String, Path>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("no credentials directory " + dir);
        }
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> sorted = listing.sorted().toList();
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                if (name.startsWith(CREDENTIALS_PREFIX) && name.endsWith(CREDENTIALS_SUFFIX)) {
                    String party =
                            name.substring(CREDENTIALS_PREFIX.length(), name.length() - CREDENTIALS_SUFFIX.length());
                    if (org.coophub.schemas.Topics.isPartyCode(party)) {
                        files.put(party, file);
                    }
                }
            }
        }
        return files;
    }
}
