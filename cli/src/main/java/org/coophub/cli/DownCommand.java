package org.coophub.cli;

import java.util.concurrent.Callable;
import org.coophub.cli.hub.Hub;
import picocli.CommandLine.Command;

@Command(
        name = "down",
        description = "Stops the hub (registry first, then Kafka); data is kept.",
        mixinStandardHelpOptions = true)
final class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new Hub(CoopHub.layout(), System.out, System.err).down();
    }
}
