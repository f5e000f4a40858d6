package org.coophub.cli.hub;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.coophub.cli.hub.PidFile.Inspection;
import org.coophub.cli.hub.PidFile.Liveness;

/** The local hub's verbs; each returns the process exit code. */
public final class Hub {

    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final HubLayout layout;
    private final PrintStream out;
    private final PrintStream err;

    public Hub(HubLayout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    public int up(UpOptions options) {
        List<Component> wanted = wanted(options);
        // A stale pid file is our own leftover bookkeeping (a crash, a kill -9): refusing to start
        // would only make the user delete it by hand, and a pid that is not ours is never signalled.
        List<Inspection> running = inspectAndClearStale().stream()
                .filter(inspection -> inspection.liveness() == Liveness.RUNNING)
                .toList();
        if (!running.isEmpty()) {
            var runningComponents = running.stream().map(Inspection::component).toList();
            if (runningComponents.containsAll(wanted)) {
                out.println("CoopHub is already running (" + describe(running) + "); see ./coophub status");
                return 0;
            }
            throw new HubException("CoopHub is only partly running (" + describe(running) + "); run ./coophub down,"
                    + " then ./coophub up");
        }
        requireKafkaLibs();
        if (options.withRegistry()) {
            requirePresent(layout.registryJar(), "the schema registry jar", "./mvnw -B -DskipTests package");
        }
        var apps = options.apps();
        if (apps.runApps()) {
            requirePresent(layout.producerJar(), "the producer jar", "./mvnw -B -DskipTests package");
            requirePresent(layout.gatewayJar(), "the consumer-gateway jar", "./mvnw -B -DskipTests package");
        }
        if (apps.runDashboard()) {
            requirePresent(layout.dashboardJar(), "the dashboard jar", "./mvnw -B -DskipTests package");
        }
        PortCheck.requireFree(options.ports(), options.withRegistry());
        if (apps.runApps()) {
            PortCheck.requireFree(apps.producerPort(), "producer", "--producer-port");
            for (String party : apps.parties()) {
                PortCheck.requireFree(apps.gatewayPort(party), "gateway of " + party, "--gateway-base-port");
            }
        }
        if (apps.runDashboard()) {
            PortCheck.requireFree(apps.dashboardPort(), "dashboard", "--dashboard-port");
        }
        var storage = new KafkaStorage(layout);
        boolean formatted = storage.isFormatted();
        if (formatted) {
            storage.verify();
        }
        var passwords = Passwords.loadOrCreate(layout);
        PrivateFiles.deleteIfExists(layout.stoppingMarker()); // a leftover would hide a crash from `up`
        return new Startup(layout, this, out).run(options, passwords, storage, formatted);
    }

    public int down() {
        List<Inspection> running = inspectAndClearStale().stream()
                .filter(inspection -> inspection.liveness() == Liveness.RUNNING)
                .toList();
        if (running.isEmpty()) {
            out.println("CoopHub is not running.");
        }
        boolean allStopped = stopAll(out);
        return allStopped ? 0 : 1;
    }

    public int status() {
        return new HubStatus(layout, out).print();
    }

    /**
     * Wipes {@code .coophub/} (credentials, broker data, gateway inboxes, the dashboard's state, logs)
     * once the user confirmed: {@code --yes}, or {@code reset} typed at the terminal. Without a
     * terminal and without {@code --yes} it refuses rather than wipe silently.
     */
    public int reset(ResetConfirmation confirmation) {
        Path state = layout.state();
        if (!Files.exists(state)) {
            out.println("Nothing to reset: " + state + " does not exist.");
            return 0;
        }
        boolean anyRunning =
                inspectAndClearStale().stream().anyMatch(inspection -> inspection.liveness() == Liveness.RUNNING);
        if (anyRunning) {
            throw new HubException("CoopHub is running; stop it first with ./coophub down");
        }
        if (!confirmation.yes() && confirmation.terminal() == null) {
            throw new HubException("reset wipes " + state + " and needs a confirmation, but stdin is not a terminal;"
                    + " pass --yes to reset without asking");
        }
        out.println("This deletes " + state + " and everything in it: the credentials (passwords and every"
                + " principal's client settings), the Kafka broker's data (topics, offsets, users, onboarded"
                + " parties), the gateways' inboxes, the dashboard's state and the logs.");
        if (!confirmation.yes()) {
            out.print("Type \"" + ResetConfirmation.WORD + "\" to confirm: ");
            out.flush();
            String answer = confirmation.terminal().get();
            if (answer == null || !answer.strip().equals(ResetConfirmation.WORD)) {
                out.println("Not confirmed; nothing was deleted.");
                return 1;
            }
        }
        deleteTree(state);
        out.println("Removed " + state + ". The next ./coophub up starts afresh: new passwords, a freshly formatted"
                + " broker, empty inboxes.");
        return 0;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new HubException("could not delete all of " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Stops every running component, registry first (it is Kafka's client), and removes the pid
     * files, {@code stack.json} and the ports file. Safe to call twice and from a shutdown hook.
     *
     * @return false if a process survived even SIGKILL
     */
    synchronized boolean stopAll(PrintStream progress) {
        boolean allStopped = true;
        // tells a foreground `up` watching its children that this stop is deliberate
        PrivateFiles.write(layout.stoppingMarker(), "");
        List<Component> order = new ArrayList<>(Component.known(layout));
        Collections.reverse(order);
        for (Component component : order) {
            var pidFile = PidFile.of(layout, component);
            var inspection = pidFile.inspect();
            var process = inspection.process();
            if (process.isPresent()) {
                long started = System.nanoTime();
                progress.println(component.id() + ": stopping (pid " + inspection.pid() + ")…");
                ChildProcesses.stop(process.get(), STOP_GRACE);
                if (process.get().isAlive()) {
                    err.println("coophub: " + component.id() + " (pid " + inspection.pid() + ") did not stop");
                    allStopped = false;
                    continue;
                }
                progress.println(component.id() + ": stopped in " + Startup.seconds(started));
            }
            pidFile.delete();
        }
        PrivateFiles.deleteIfExists(layout.stackFile());
        PrivateFiles.deleteIfExists(layout.portsFile());
        PrivateFiles.deleteIfExists(layout.stoppingMarker());
        return allStopped;
    }

    private List<Inspection> inspectAndClearStale() {
        var inspections = new ArrayList<Inspection>();
        for (Component component : Component.known(layout)) {
            var pidFile = PidFile.of(layout, component);
            var inspection = pidFile.inspect();
            if (inspection.liveness() == Liveness.STALE) {
                err.println("coophub: removed stale pid file " + pidFile.path() + " (" + inspection.reason() + ")");
                pidFile.delete();
            }
            inspections.add(inspection);
        }
        return inspections;
    }

    private static List<Component> wanted(UpOptions options) {
        var wanted = new ArrayList<Component>();
        wanted.add(Component.KAFKA);
        if (options.withRegistry()) {
            wanted.add(Component.REGISTRY);
        }
        if (options.apps().runApps()) {
            wanted.add(Component.PRODUCER);
            options.apps().parties().forEach(party -> wanted.add(Component.gateway(party)));
        }
        if (options.apps().runDashboard()) {
            wanted.add(Component.DASHBOARD);
        }
        return wanted;
    }

    private static String describe(List<Inspection> running) {
        return String.join(
                ", ",
                running.stream()
                        .map(inspection -> inspection.component().id() + " pid " + inspection.pid())
                        .toList());
    }

    private void requireKafkaLibs() {
        try (var jars = Files.newDirectoryStream(layout.kafkaLibs(), "kafka_2.13-*.jar")) {
            if (jars.iterator().hasNext()) {
                return;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new HubException("the Kafka broker jars are missing (" + layout.kafkaLibs() + "); build them with"
                + " ./mvnw -B -pl cli package -DskipTests");
    }

    private static void requirePresent(Path file, String what, String build) {
        if (!Files.exists(file)) {
            throw new HubException(what + " is missing (" + file + "); build it with " + build);
        }
    }
}
