package org.coophub.cli.hub;

/**
 * What {@code up} starts and how.
 *
 * @param withRegistry false starts Kafka only (the broker integration test runs without the registry jar)
 * @param detach true returns once ready, leaving the children running
 * @param apps the directory, onboarded parties, producer and gateways on top of Kafka and the registry
 * @param scenario the 2017 scenario on top of the apps, or {@link ScenarioOptions#NONE}
 */
public record UpOptions(
        HubPorts ports, boolean withRegistry, boolean detach, AppOptions apps, ScenarioOptions scenario) {

    /** Without the scenario. */
    public UpOptions(HubPorts ports, boolean withRegistry, boolean detach, AppOptions apps) {
        this(ports, withRegistry, detach, apps, ScenarioOptions.NONE);
    }

    /** Kafka (and the registry) only: no directory, no parties, no apps. */
    public UpOptions(HubPorts ports, boolean withRegistry, boolean detach) {
        this(ports, withRegistry, detach, AppOptions.NONE);
    }

    public UpOptions {
        if (!withRegistry && apps.runApps()) {
            throw new HubException(
                    "the producer and gateways need the schema registry; drop --no-registry," + " or add --no-apps");
        }
        if (scenario.enabled() && !apps.runDashboard()) {
            throw new HubException("the 2017 scenario needs the apps and the dashboard; add --no-scenario");
        }
    }
}
