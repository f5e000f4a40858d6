package org.coophub.cli;

import java.util.concurrent.Callable;
import org.coophub.cli.hub.Hub;
import picocli.CommandLine.Command;

@Command(
        name = "status",
        description = "Shows each component's state; exits 0 only when everything runs.",
        mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new Hub(CoopHub.layout(), System.out, System.err).status();
    }
}
