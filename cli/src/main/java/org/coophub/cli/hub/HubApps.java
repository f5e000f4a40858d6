package org.coophub.cli.hub;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.admin.Admin;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.court.CourtTopics;
import org.coophub.cli.directory.Directory;
import org.coophub.cli.directory.PartyCodes;
import org.coophub.cli.party.OnboardedParty;
import org.coophub.cli.party.Onboarding;

/**
 * What {@code up} does once Kafka and the registry are ready: the court's topics, the directory,
 * the parties' onboarding, then the producer, one gateway per party and the dashboard, started
 * together.
 */
final class HubApps {

    /** Five Spring Boot JVMs starting at once on two cores take a while. */
    private static final Duration APP_READY = Duration.ofSeconds(180);

    private final HubLayout layout;
    private final PrintStream out;

    HubApps(HubLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** Court topics, directory, onboarding; returns each gateway's client properties by principal. */
    Map<String, Path> prepare(UpOptions options, Path courtProperties) {
        var apps = options.apps();
        var court = CourtConnection.fromProperties(courtProperties);
        try (Admin admin = court.admin()) {
            var created = CourtTopics.createMissing(admin, CourtTopics.courtTopics());
            if (!created.isEmpty()) {
                out.println("kafka: created " + String.join(", ", created));
            }
        }
        if (apps.directory() != null && options.withRegistry()) {
            long seeding = System.nanoTime();
            var seeded = new Directory(court, Clock.systemUTC()).seed(apps.directory());
            out.println("directory: " + seeded.profiles() + " States Parties as of "
                    + seeded.asOf().date() + " published in " + Startup.seconds(seeding));
        }
        var credentials = new LinkedHashMap<String, Path>();
        var codes = new LinkedHashSet<>(apps.parties());
        if (options.scenario().enabled() && apps.directory() != null) {
            // every party of the directory gets its own principal: the simulated authorities use them
            codes.addAll(PartyCodes.of(apps.directory()));
        }
        if (!codes.isEmpty()) {
            long onboarding = System.nanoTime();
            List<OnboardedParty> parties =
                    new Onboarding(court, layout.credentials()).onboard(codes, Onboarding.DEFAULT_PARTITIONS);
            parties.forEach(party -> credentials.put(party.principal(), party.clientProperties()));
            String simulated = codes.size() > apps.parties().size()
                    ? " (gateways for " + String.join(", ", apps.parties()) + "; simulated authorities for the "
                            + (codes.size() - apps.parties().size()) + " others)"
                    : "";
            String names = codes.size() > 10 ? codes.size() + " parties" : String.join(", ", codes);
            out.println("parties: " + names + " onboarded in " + Startup.seconds(onboarding) + simulated);
        }
        return credentials;
    }

    /**
     * Launches the producer, the gateways, the dashboard and the simulation at once and waits for all of them but
     * the simulation; a failure names the app and shows its log (the caller then stops everything).
     */
    Started start(UpOptions options, Path courtProperties, Map<String, Path> gatewayCredentials, WebLogins logins) {
        var apps = options.apps();
        var launched = new LinkedHashMap<Component, Process>();
        var urls = new LinkedHashMap<Component, String>();
        long starting = System.nanoTime();
        String producerUrl = url(apps.producerPort());
        Path officers = logins.officerSettings(layout);
        out.println("producer: starting on " + producerUrl + "…");
        launched.put(
                Component.PRODUCER,
                ChildProcesses.launch(
                        layout,
                        Component.PRODUCER,
                        javaArgs(
                                layout.producerJar(),
                                List.of(
                                        "--server.port=" + apps.producerPort(),
                                        "--server.address=127.0.0.1",
                                        "--coophub.producer.client-properties=" + courtProperties.toAbsolutePath()))));
        urls.put(Component.PRODUCER, producerUrl);
        for (String party : apps.parties()) {
            var gateway = Component.gateway(party);
            int port = apps.gatewayPort(party);
            out.println(gateway.id() + ": starting on " + url(port) + "…");
            Path properties = gatewayCredentials.get(gateway.id());
            launched.put(
                    gateway,
                    ChildProcesses.launch(
                            layout,
                            gateway,
                            javaArgs(
                                    layout.gatewayJar(),
                                    List.of(
                                            "--server.port=" + port,
                                            "--server.address=127.0.0.1",
                                            "--coophub.gateway.party=" + party,
                                            "--coophub.gateway.client-properties=" + properties.toAbsolutePath(),
                                            "--spring.datasource.url=jdbc:h2:file:" + layout.gatewayInbox(party),
                                            "--spring.config.additional-location=file:" + officers))));
            urls.put(gateway, url(port));
        }
        if (apps.runDashboard()) {
            String dashboardUrl = url(apps.dashboardPort());
            out.println(Component.DASHBOARD.id() + ": starting on " + dashboardUrl + "…");
            launched.put(
                    Component.DASHBOARD,
                    ChildProcesses.launch(
                            layout,
                            Component.DASHBOARD,
                            javaArgs(
                                    layout.dashboardJar(),
                                    List.of(
                                            "--server.port=" + apps.dashboardPort(),
                                            "--server.address=127.0.0.1",
                                            "--coophub.dashboard.client-properties=" + courtProperties.toAbsolutePath(),
                                            "--coophub.dashboard.state-dir=" + layout.dashboardState(),
                                            "--spring.config.additional-location=file:"
                                                    + logins.dashboardSettings(layout)))));
            urls.put(Component.DASHBOARD, dashboardUrl);
        }
        if (options.scenario().enabled()) {
            var scenario = options.scenario();
            PrivateFiles.deleteIfExists(ScenarioHistory.loadedMarker(layout)); // live traffic waits for this load
            String simulationUrl = url(scenario.simulationPort());
            out.println(Component.SIMULATION.id() + ": starting on " + simulationUrl
                    + " (simulated national authorities, live traffic)…");
            launched.put(
                    Component.SIMULATION,
                    ChildProcesses.launch(layout, Component.SIMULATION, simulationArgs(options, logins)));
            urls.put(Component.SIMULATION, simulationUrl);
        }
        var ready = new ArrayList<CompletableFuture<Void>>();
        CompletableFuture<Void> simulationReady = CompletableFuture.completedFuture(null);
        for (var app : launched.entrySet()) {
            Component component = app.getKey();
            Process process = app.getValue();
            var readiness = CompletableFuture.runAsync(() -> {
                Readiness.awaitHealth(layout, component, process, urls.get(component), APP_READY);
                out.println(
                        component.id() + ": ready in " + Startup.seconds(starting) + " (pid " + process.pid() + ")");
            });
            if (component.equals(Component.SIMULATION)) {
                simulationReady = readiness; // the history loads meanwhile: it needs only the producer and dashboard
            } else {
                ready.add(readiness);
            }
        }
        await(CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)));
        return new Started(launched, simulationReady);
    }

    /**
     * The launched apps, every one ready but the simulation, whose readiness the caller awaits once
     * the history is loaded.
     */
    record Started(Map<Component, Process> processes, CompletableFuture<Void> simulationReady) {

        static final Started NONE = new Started(Map.of(), CompletableFuture.completedFuture(null));

        void awaitSimulation() {
            await(simulationReady);
        }
    }

    /** Joins, rethrowing a failure's own exception (a {@link HubException} naming the component). */
    static void await(CompletableFuture<Void> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private List<String> simulationArgs(UpOptions options, WebLogins logins) {
        var apps = options.apps();
        var scenario = options.scenario();
        var args = new ArrayList<>(List.of(
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                layout.cliJar().toString(),
                "org.coophub.cli.simulation.SimulationMain",
                "--credentials-dir",
                layout.credentials().toString(),
                "--producer",
                url(apps.producerPort()),
                "--rate",
                scenario.liveRatePerMinute() + "/min",
                "--day",
                scenario.day().toMillis() + "ms",
                "--seed",
                String.valueOf(scenario.seed()),
                "--port",
                String.valueOf(scenario.simulationPort()),
                "--web-credentials",
                logins.officerLogin(layout).toString(),
                "--live-after",
                ScenarioHistory.loadedMarker(layout).toString()));
        for (String party : apps.parties()) {
            args.add("--gateway");
            args.add(party + "=" + url(apps.gatewayPort(party)));
        }
        return args;
    }

    private static List<String> javaArgs(Path jar, List<String> appArgs) {
        var args = new ArrayList<String>();
        // serial GC and a bounded heap: five JVMs share two cores and a laptop's memory
        args.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        args.addAll(new StartupArchive(jar).javaArgs());
        args.addAll(appArgs);
        return args;
    }
}
