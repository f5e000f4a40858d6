package org.coophub.cli;

import java.nio.file.Path;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.hub.HubLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./coophub}; the launcher script passes the repository root as {@code coophub.home}. */
@Command(
        name = "coophub",
        mixinStandardHelpOptions = true,
        version = "CoopHub 0.1.0",
        description = "Runs the CoopHub judicial-cooperation hub on this machine.",
        subcommands = {
            UpCommand.class,
            DownCommand.class,
            StatusCommand.class,
            ResetCommand.class,
            LogsCommand.class,
            PartyCommand.class,
            DirectoryCommand.class,
            DispatchCommand.class,
            ScenarioCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CoopHub implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new CoopHub())
                .setExecutionExceptionHandler(CoopHub::reportFailure)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    static HubLayout layout() {
        return HubLayout.of(Path.of(System.getProperty("coophub.home", ".")));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One line on stderr, never a stack trace: the user needs the cause and the next step. */
    private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        var err = commandLine.getErr();
        if (failure instanceof HubException hubFailure) {
            err.println("coophub: " + hubFailure.getMessage());
            hubFailure.details().forEach(err::println);
        } else {
            err.println("coophub: unexpected failure: " + failure);
        }
        err.flush();
        return 1;
    }
}
