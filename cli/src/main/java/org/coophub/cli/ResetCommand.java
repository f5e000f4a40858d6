package org.coophub.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.ResetConfirmation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./coophub reset}: wipes {@code .coophub/} after a confirmation typed at the terminal, or with {@code --yes}. */
@Command(
        name = "reset",
        description = "Deletes .coophub/ (credentials, Kafka data, gateway inboxes, logs) so the next `up` starts"
                + " afresh; asks to type \"reset\" first, or needs --yes when stdin is not a terminal.",
        mixinStandardHelpOptions = true)
final class ResetCommand implements Callable<Integer> {

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for a confirmation (required when stdin is not a terminal).")
    boolean yes;

    @Override
    public Integer call() {
        Console console = System.console();
        var confirmation = new ResetConfirmation(yes, console == null ? null : console::readLine);
        return new Hub(CoopHub.layout(), System.out, System.err).reset(confirmation);
    }
}
