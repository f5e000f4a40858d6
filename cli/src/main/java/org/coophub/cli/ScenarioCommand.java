package org.coophub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.scenario.Backfill;
import org.coophub.cli.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "scenario",
        description = {
            "The seeded 2017 scenario: a year of requests (28 Oct 2016 to 27 Oct 2017) to the 123 States Parties,",
            "their answers, and 22 arrest warrants: 13 persons are at large on 27 October 2017.",
            "The same seed always gives the same scenario."
        },
        mixinStandardHelpOptions = true,
        subcommands = {ScenarioCommand.Load.class, ScenarioCommand.Describe.class})
final class ScenarioCommand {

    @Command(
            name = "load",
            description = {
                "Imports the scenario into the running hub: the warrants, then the requests through the dispatch",
                "service's batch path (marked as imported, with their past times), then waits until the dashboard",
                "shows them. Does nothing when the history is already loaded."
            },
            mixinStandardHelpOptions = true)
    static final class Load implements Callable<Integer> {

        @Option(names = "--seed", paramLabel = "N", description = "The scenario's seed (default: ${DEFAULT-VALUE}).")
        long seed = Scenario.DEFAULT_SEED;

        @Override
        public Integer call() {
            JsonNode stack = stack(CoopHub.layout().stackFile());
            URI producer = url(stack, "producer", "the dispatch service");
            URI dashboard = url(stack, "dashboard", "the dashboard");
            PrintStream out = System.out;
            long started = System.nanoTime();
            Scenario scenario = Scenario.generate(seed);
            out.printf(
                    Locale.ROOT,
                    "scenario: seed %d, %,d requests and %d warrants generated in %d ms%n",
                    seed,
                    scenario.requests().size(),
                    scenario.warrants().size(),
                    (System.nanoTime() - started) / 1_000_000);
            new Backfill(producer, dashboard, out).load(scenario);
            return 0;
        }
    }

    @Command(
            name = "describe",
            description = "Prints the scenario's figures: requests by type and by group, open at the reference date,"
                    + " bundles, warrants at large, agreements. Needs no running hub.",
            mixinStandardHelpOptions = true)
    static final class Describe implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--seed", paramLabel = "N", description = "The scenario's seed (default: ${DEFAULT-VALUE}).")
        long seed = Scenario.DEFAULT_SEED;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            Scenario scenario = Scenario.generate(seed);
            long millis = (System.nanoTime() - started) / 1_000_000;
            PrintWriter out = spec.commandLine().getOut();
            scenario.describe().forEach(out::println);
            out.println("generated in " + millis + " ms");
            out.flush();
            return 0;
        }
    }

    private static JsonNode stack(Path stackFile) {
        if (!Files.isRegularFile(stackFile)) {
            throw new HubException("CoopHub is not running (no " + stackFile + "); start it with ./coophub up");
        }
        try {
            return new ObjectMapper().readTree(stackFile.toFile());
        } catch (IOException e) {
            throw new HubException("cannot read " + stackFile + ": " + e.getMessage());
        }
    }

    private static URI url(JsonNode stack, String key, String what) {
        JsonNode url = stack.path(key);
        if (!url.isTextual()) {
            throw new HubException(
                    what + " is not running (stack.json has no " + key + "); start the hub with" + " ./coophub up");
        }
        return URI.create(url.asText());
    }
}
