package org.coophub.cli;

import java.util.concurrent.Callable;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.HubPorts;
import org.coophub.cli.hub.UpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "up",
        description = "Starts the hub: a Kafka broker (KRaft, SCRAM, ACLs) and the schema registry.",
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

    @Option(names = "--no-registry", description = "Start Kafka only, without the schema registry.")
    boolean noRegistry;

    @Override
    public Integer call() {
        var ports = new HubPorts(kafkaPort, controllerPort, registryPort);
        return new Hub(CoopHub.layout(), System.out, System.err).up(new UpOptions(ports, !noRegistry, detach));
    }
}
