package org.coophub.cli;

import java.util.concurrent.Callable;
import org.coophub.cli.hub.Hub;
import picocli.CommandLine.Command;

@Command(
        name = "reset",
        description = "Deletes the hub's Kafka data (topics, offsets, users) so the next `up` formats afresh.",
        mixinStandardHelpOptions = true)
final class ResetCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new Hub(CoopHub.layout(), System.out, System.err).reset();
    }
}
