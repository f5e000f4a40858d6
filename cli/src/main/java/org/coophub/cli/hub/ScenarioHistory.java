package org.coophub.cli.hub;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.coophub.cli.scenario.Backfill;
import org.coophub.cli.scenario.Scenario;

/**
 * The last step of {@code up} with the scenario: the seeded year of history imported through the
 * dispatch service, and the dashboard showing it. {@code up} is ready only after this.
 */
final class ScenarioHistory {

    private final HubLayout layout;
    private final PrintStream out;

    ScenarioHistory(HubLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /** Present once the history is loaded: the simulation starts its live traffic only then. */
    static Path loadedMarker(HubLayout layout) {
        return layout.run().resolve("history-loaded");
    }

    void load(UpOptions options, WebLogins logins) {
        long started = System.nanoTime();
        PrivateFiles.deleteIfExists(loadedMarker(layout));
        Scenario scenario = Scenario.generate(options.scenario().seed());
        out.printf(
                Locale.ROOT,
                "history: the 2017 scenario (seed %d): %,d requests, %d warrants, importing…%n",
                options.scenario().seed(),
                scenario.requests().size(),
                scenario.warrants().size());
        var apps = options.apps();
        Backfill.Result result = new Backfill(
                        URI.create(HubApps.url(apps.producerPort())),
                        URI.create(HubApps.url(apps.dashboardPort())),
                        out)
                .withDashboardLogin(WebLogins.DASHBOARD_USER, logins.dashboardPassword())
                .load(scenario);
        PrivateFiles.write(loadedMarker(layout), scenario.requests().size() + " requests\n");
        if (!result.alreadyLoaded()) {
            out.printf(
                    Locale.ROOT,
                    "history: loaded in %s (import %.1f s, dashboard %.1f s)%n",
                    Startup.seconds(started),
                    result.importTime().toMillis() / 1000.0,
                    result.foldTime().toMillis() / 1000.0);
        }
    }
}
