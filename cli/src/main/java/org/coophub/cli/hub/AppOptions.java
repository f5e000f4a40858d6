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
 * @param dashboardPort the dashboard's HTTP port, or {@link #NO_DASHBOARD} to run the producer and
 *     the gateways without it; the dashboard runs only with {@code runApps}
 */
public record AppOptions(
        AsOf directory,
        List<String> parties,
        boolean runApps,
        int producerPort,
        int gatewayBasePort,
        int dashboardPort) {

    public static final List<String> DEFAULT_PARTIES = List.of("FRA", "ARG", "SEN");
    public static final int DEFAULT_PRODUCER_PORT = 8080;
    public static final int DEFAULT_GATEWAY_BASE_PORT = 8091;
    public static final int DEFAULT_DASHBOARD_PORT = 8088;
    /** As {@code dashboardPort}: the apps run without the dashboard. */
    public static final int NO_DASHBOARD = 0;

    static final AppOptions NONE = new AppOptions(null, List.of(), false, 0, 0, NO_DASHBOARD);

    /** With the dashboard on its default port. */
    public AppOptions(AsOf directory, List<String> parties, boolean runApps, int producerPort, int gatewayBasePort) {
        this(directory, parties, runApps, producerPort, gatewayBasePort, DEFAULT_DASHBOARD_PORT);
    }

    public AppOptions {
        parties = parties.stream().map(Onboarding::checkedCode).distinct().toList();
        if (runApps) {
            checkPort(producerPort);
            checkPort(gatewayBasePort);
            checkPort(gatewayBasePort + Math.max(0, parties.size() - 1));
            if (dashboardPort != NO_DASHBOARD) {
                checkPort(dashboardPort);
            }
        }
    }

    /** Whether {@code up} starts the dashboard: with the apps, unless left out. */
    boolean runDashboard() {
        return runApps && dashboardPort != NO_DASHBOARD;
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
