package org.coophub.cli.hub;

/**
 * What {@code up} starts and how.
 *
 * @param withRegistry false starts Kafka only (the broker integration test runs without the registry jar)
 * @param detach true returns once ready, leaving the children running
 * @param apps the directory, onboarded parties, producer and gateways on top of Kafka and the registry
 */
public record UpOptions(HubPorts ports, boolean withRegistry, boolean detach, AppOptions apps) {

    /** Kafka (and the registry) only: no directory, no parties, no apps. */
    public UpOptions(HubPorts ports, boolean withRegistry, boolean detach) {
        this(ports, withRegistry, detach, AppOptions.NONE);
    }

    public UpOptions {
        if (!withRegistry && apps.runApps()) {
            throw new HubException(
                    "the producer and gateways need the schema registry; drop --no-registry," + " or add --no-apps");
        }
    }
}
