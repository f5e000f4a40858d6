package org.coophub.cli.hub;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.coophub.cli.hub.PidFile.Liveness;

/**
 * {@code ./coophub status}: one line per component; exit 0 only when every component runs. A
 * gateway's line ends with its consumer group's lag on its requests topic ({@link GatewayLag}).
 */
final class HubStatus {

    private final HubLayout layout;
    private final PrintStream out;

    HubStatus(HubLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    int print() {
        Properties ports = readPorts();
        boolean allRunning = true;
        List<Component> components = Component.known(layout);
        boolean brokerRunning = PidFile.of(layout, Component.KAFKA).inspect().liveness() == Liveness.RUNNING;
        Map<String, String> lags = GatewayLag.describe(
                layout,
                components.stream()
                        .filter(Component::isGateway)
                        .map(Component::party)
                        .toList(),
                brokerRunning);
        for (Component component : components) {
            String port = ports.getProperty(portKey(component), "");
            boolean expected = component.equals(Component.KAFKA)
                    || !port.isEmpty()
                    || (ports.isEmpty() && component.equals(Component.REGISTRY));
            var inspection = PidFile.of(layout, component).inspect();
            String state = switch (inspection.liveness()) {
                case RUNNING -> running(component, inspection.pid(), port, ports);
                case STALE -> "stopped  (stale pid file: " + inspection.reason() + ")";
                case ABSENT -> expected ? "stopped" : notStarted(component);
            };
            if (component.isGateway()) {
                state = state + "  " + lags.get(component.party());
            }
            out.printf(Locale.ROOT, "%-16s %s%n", component.id(), state);
            if (expected && inspection.liveness() != Liveness.RUNNING) {
                allRunning = false;
            }
        }
        if (!allRunning) {
            out.println("Start it with ./coophub up (or ./coophub down first if it is partly running).");
        }
        return allRunning ? 0 : 1;
    }

    /** The key of {@code run/ports.properties} that holds a component's port. */
    static String portKey(Component component) {
        if (component.equals(Component.REGISTRY)) {
            return "registry";
        }
        return component.id(); // kafka, producer, gateway-<P>
    }

    private static String notStarted(Component component) {
        return component.equals(Component.REGISTRY) ? "not started (up --no-registry)" : "not started";
    }

    private static String running(Component component, long pid, String port, Properties ports) {
        String where = component.equals(Component.KAFKA)
                ? "port " + port + ", controller " + ports.getProperty("controller", "?")
                : "port " + port;
        String rss = residentMegabytes(pid).map(mb -> mb + " MB").orElse("?");
        return String.format(Locale.ROOT, "running  pid %-8d %-28s RSS %s", pid, where, rss);
    }

    /** VmRSS from {@code /proc/<pid>/status}. */
    static Optional<Long> residentMegabytes(long pid) {
        try (var lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .map(kilobytes -> Long.parseLong(kilobytes) / 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Properties readPorts() {
        return readPorts(layout);
    }

    static Properties readPorts(HubLayout layout) {
        var ports = new Properties();
        if (Files.isRegularFile(layout.portsFile())) {
            try (Reader reader = Files.newBufferedReader(layout.portsFile(), StandardCharsets.UTF_8)) {
                ports.load(reader);
            } catch (IOException e) {
                // unknown ports are shown as such
            }
        }
        return ports;
    }
}
