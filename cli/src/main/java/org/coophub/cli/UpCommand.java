package org.coophub.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.hub.AppOptions;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.hub.HubPorts;
import org.coophub.cli.hub.ScenarioOptions;
import org.coophub.cli.hub.UpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "up",
        description = "Starts the hub: a Kafka broker (KRaft, SCRAM, ACLs), the schema registry, the directory"
                + " (123 States Parties), the producer, three gateways, the dashboard, simulated national"
                + " authorities for every other party, then loads the 2017 scenario's year of history and"
                + " starts live traffic. Ready (and, with --detach, returns) once the dashboard shows the history.",
        mixinStandardHelpOptions = true)
final class UpCommand implements Callable<Integer> {

    @Option(
            names = {"-d", "--detach"},
            description = "Return once everything is ready and leave it running.")
    boolean detach;

    @Option(names = "--kafka-port", description = "Kafka client port (default: ${DEFAULT-VALUE}).")
    int kafkaPort = HubPorts.DEFAULTS.kafka();

    @Option(names = "--controller-port", description = "KRaft controller port (default: ${DEFAULT-VALUE}).")
    int controllerPort = HubPorts.DEFAULTS.controller();

    @Option(names = "--registry-port", description = "Schema registry HTTP port (default: ${DEFAULT-VALUE}).")
    int registryPort = HubPorts.DEFAULTS.registry();

    @Option(
            names = "--no-registry",
            description = "Start Kafka only, without the schema registry (and so without directory, producer and"
                    + " gateways; parties are still onboarded).")
    boolean noRegistry;

    @Option(names = "--no-apps", description = "Do not start the producer, the gateways and the dashboard.")
    boolean noApps;

    @Option(
            names = "--parties",
            split = ",",
            paramLabel = "CODE",
            description = "Parties to onboard, one gateway each (default: FRA,ARG,SEN).")
    List<String> parties = AppOptions.DEFAULT_PARTIES;

    @Option(names = "--producer-port", description = "Producer HTTP port (default: ${DEFAULT-VALUE}).")
    int producerPort = AppOptions.DEFAULT_PRODUCER_PORT;

    @Option(
            names = "--gateway-base-port",
            description = "First gateway's HTTP port; the next parties' follow (default: ${DEFAULT-VALUE}).")
    int gatewayBasePort = AppOptions.DEFAULT_GATEWAY_BASE_PORT;

    @Option(names = "--dashboard-port", description = "Dashboard HTTP port (default: ${DEFAULT-VALUE}).")
    int dashboardPort = AppOptions.DEFAULT_DASHBOARD_PORT;

    @Option(
            names = "--directory-as-of",
            paramLabel = "DATE",
            converter = DirectoryCommand.AsOfConverter.class,
            description = "States Parties list to seed the directory with: 2017-11-22 (default) or today.")
    AsOf directoryAsOf = AsOf.BUREAU_REPORT;

    @Option(
            names = "--no-scenario",
            description = "Start an empty hub: only the --parties, no simulated authorities, no 2017 history,"
                    + " no live traffic.")
    boolean noScenario;

    @Option(
            names = "--seed",
            description = "Seed of the 2017 scenario: the same seed gives the same history and figures"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed = ScenarioOptions.DEFAULT_SEED;

    @Option(
            names = "--live-rate",
            paramLabel = "N",
            description = "Requests the court dispatches per minute once the history is loaded; 0 for none"
                    + " (default: ${DEFAULT-VALUE}).")
    double liveRate = ScenarioOptions.DEFAULT_LIVE_RATE;

    @Option(
            names = "--simulated-day",
            paramLabel = "DURATION",
            description =
                    "How long one day of the answer delays lasts in live traffic, e.g. 2s, 1m" + " (default: 2s).")
    String simulatedDay = "2s";

    @Option(
            names = "--simulation-port",
            description = "The simulation's HTTP port: health and status (default: ${DEFAULT-VALUE}).")
    int simulationPort = ScenarioOptions.DEFAULT_SIMULATION_PORT;

    @Override
    public Integer call() {
        var ports = new HubPorts(kafkaPort, controllerPort, registryPort);
        if (dashboardPort == AppOptions.NO_DASHBOARD) {
            throw new HubException("port 0 is not a valid TCP port (1-65535) for --dashboard-port");
        }
        var apps = new AppOptions(
                noRegistry ? null : directoryAsOf,
                parties,
                !noRegistry && !noApps,
                producerPort,
                gatewayBasePort,
                dashboardPort);
        boolean playScenario = !noScenario && !noRegistry && !noApps;
        var scenario = new ScenarioOptions(playScenario, seed, liveRate, parseDay(simulatedDay), simulationPort);
        return new Hub(CoopHub.layout(), System.out, System.err)
                .up(new UpOptions(ports, !noRegistry, detach, apps, scenario));
    }

    /** {@code 2s}, {@code 500ms}, {@code 1m}. */
    static Duration parseDay(String text) {
        var matcher = Pattern.compile("(\\d+)(ms|s|m)").matcher(text.trim());
        if (!matcher.matches()) {
            throw new HubException("--simulated-day takes a duration like 2s, 500ms or 1m (got '" + text + "')");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}
