package org.coophub.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.directory.Directory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "directory",
        description = "The party directory on the compacted coop.directory topic.",
        mixinStandardHelpOptions = true,
        subcommands = {DirectoryCommand.Seed.class})
final class DirectoryCommand {

    @Command(
            name = "seed",
            description = "Publishes the States Parties of a date as party profiles, as the court.",
            mixinStandardHelpOptions = true)
    static final class Seed implements Callable<Integer> {

        @Option(
                names = "--as-of",
                paramLabel = "DATE",
                converter = AsOfConverter.class,
                description = "2017-11-22 (default, 123 States Parties) or 2026-11-26 / today (124).")
        AsOf asOf = AsOf.BUREAU_REPORT;

        @Override
        public Integer call() {
            var court = CourtConnection.fromRunningHub(CoopHub.layout().stackFile());
            var seeded = new Directory(court, Clock.systemUTC()).seed(asOf);
            System.out.println("directory: " + seeded.profiles() + " States Parties as of " + asOf.date() + " "
                    + seeded.byGroup() + "; " + seeded.removed().size() + " other States removed");
            return 0;
        }
    }

    static final class AsOfConverter implements picocli.CommandLine.ITypeConverter<AsOf> {
        @Override
        public AsOf convert(String value) {
            return AsOf.parse(value);
        }
    }
}
