package org.coophub.cli.hub;

import java.util.List;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.party.Onboarding;

/**
 * What {@code up} does after Kafka and the registry are ready.
 *
 * @param directory the States Parties list to seed {@code coop.directory} with, or null to leave it
 * @param parties parties to onboard (and, with {@code runApps}, one gateway each)
 * @param runApps whether to start the producer and the gateways
 * @param producerPort the producer's HTTP port
 * @param gatewayBasePort the first party's gateway port; the next ones follow
 */
public record AppOptions(AsOf directory, List<String> parties, boolean runApps, int producerPort, int gatewayBasePort) {

    public static final List<String> DEFAULT_PARTIES = List.of("FRA", "ARG", "SEN");
    public static final int DEFAULT_PRODUCER_PORT = 8080;
    public static final int DEFAULT_GATEWAY_BASE_PORT = 8091;

    static final AppOptions NONE = new AppOptions(null, List.of(), false, 0, 0);

    public AppOptions {
        parties = parties.stream().map(Onboarding::checkedCode).distinct().toList();
        if (runApps) {
            checkPort(producerPort);
            checkPort(gatewayBasePort);
            checkPort(gatewayBasePort + Math.max(0, parties.size() - 1));
        }
    }

    int gatewayPort(String party) {
        return gatewayBasePort + parties.indexOf(party);
    }

    private static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new HubException("port " + port + " is not a valid TCP port (1-65535)");
        }
    }
}
