package org.coophub.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.hub.AppOptions;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.hub.HubPorts;
import org.coophub.cli.hub.UpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "up",
        description = "Starts the hub: a Kafka broker (KRaft, SCRAM, ACLs), the schema registry, the directory,"
                + " three onboarded parties, the producer, one gateway per party and the dashboard.",
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
        return new Hub(CoopHub.layout(), System.out, System.err).up(new UpOptions(ports, !noRegistry, detach, apps));
    }
}
