package org.coophub.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.directory.Directory;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.party.Onboarding;
import org.coophub.schemas.directory.PartyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "party",
        description = "Onboards or revokes a party's gateway on the running hub, as the court.",
        mixinStandardHelpOptions = true,
        subcommands = {PartyCommand.Add.class, PartyCommand.Remove.class})
final class PartyCommand {

    @Command(
            name = "add",
            description = "Topics, gateway principal, ACLs, registry subjects and client properties for a party;"
                    + " running it again changes nothing.",
            mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "CODE", description = "ISO 3166-1 alpha-3 (FRA) or an organisation code (EU).")
        String code;

        @Option(names = "--partitions", description = "Partitions of topics created now (default: ${DEFAULT-VALUE}).")
        int partitions = Onboarding.DEFAULT_PARTITIONS;

        @Option(names = "--name", description = "Publishes a directory profile with this name (needs --kind).")
        String name;

        @Option(
                names = "--kind",
                description = "ORGANISATION or NON_STATE_PARTY: publishes a directory profile (needs --name).")
        PartyKind kind;

        @Option(
                names = "--languages",
                split = ",",
                description = "Art. 87(2) languages of the profile, BCP 47 (e.g. en,fr); default: none.")
        List<String> languages = List.of();

        @Override
        public Integer call() {
            if ((name == null) != (kind == null)) {
                throw new HubException("--name and --kind go together (a directory profile needs both)");
            }
            var layout = CoopHub.layout();
            var court = CourtConnection.fromRunningHub(layout.stackFile());
            var onboarded = new Onboarding(court, layout.credentials())
                    .onboard(List.of(code), partitions)
                    .get(0);
            System.out.println(onboarded.party() + ": onboarded; gateway principal " + onboarded.principal() + " ("
                    + (onboarded.newSecret() ? "new secret" : "secret kept") + "), client settings "
                    + onboarded.clientProperties());
            if (kind != null) {
                new Directory(court, Clock.systemUTC()).addParty(code, name, kind, languages);
                System.out.println(code + ": directory profile published (" + kind + ", " + name + ")");
            }
            return 0;
        }
    }

    @Command(
            name = "remove",
            description = "Revokes the gateway's SCRAM credential and ACLs; the party's topics and data are kept.",
            mixinStandardHelpOptions = true)
    static final class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            var layout = CoopHub.layout();
            var court = CourtConnection.fromRunningHub(layout.stackFile());
            int acls = new Onboarding(court, layout.credentials()).remove(code);
            System.out.println(code + ": gateway-" + code + " revoked (SCRAM credential and " + acls
                    + " ACLs removed, client settings deleted); topics coop." + code + ".* are kept");
            return 0;
        }
    }
}
