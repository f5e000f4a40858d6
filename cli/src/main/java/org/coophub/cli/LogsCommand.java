package org.coophub.cli;

import java.util.concurrent.Callable;
import org.coophub.cli.hub.HubLogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./coophub logs [component]}: the last lines of a component's log, or of every log, optionally followed. */
@Command(
        name = "logs",
        description = "Prints the last lines of a component's log (kafka, schema-registry, producer, gateway-FRA,"
                + " dashboard, ...), or of every component's log with each line prefixed [component].",
        mixinStandardHelpOptions = true)
final class LogsCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..1",
            paramLabel = "COMPONENT",
            description = "A component as ./coophub status names it; all of them when omitted.")
    String component;

    @Option(
            names = {"-n", "--lines"},
            description = "How many lines of each log (default: ${DEFAULT-VALUE}).")
    int lines = 50;

    @Option(
            names = {"-f", "--follow"},
            description = "Keep printing new lines until Ctrl-C.")
    boolean follow;

    @Override
    public Integer call() {
        return new HubLogs(CoopHub.layout(), System.out).print(component, lines, follow);
    }
}
