package org.coophub.cli.hub;

import java.time.Duration;

/**
 * The 2017 scenario {@code up} plays on top of the apps: every other party of the directory
 * onboarded and answered by a simulated national authority, the seeded year of history imported
 * through the producer, then live traffic.
 *
 * @param enabled false leaves the hub empty: only the parties of {@code --parties}, no history
 * @param seed the same seed gives the same history and the same simulated behaviour
 * @param liveRatePerMinute requests the court dispatches per minute once ready (0: none)
 * @param day how long one day of the answer distributions lasts in live traffic
 * @param simulationPort the simulation's HTTP port (health and status)
 */
public record ScenarioOptions(boolean enabled, long seed, double liveRatePerMinute, Duration day, int simulationPort) {

    public static final long DEFAULT_SEED = 20171027L;
    public static final double DEFAULT_LIVE_RATE = 4;
    public static final Duration DEFAULT_DAY = Duration.ofSeconds(2);
    public static final int DEFAULT_SIMULATION_PORT = 8089;

    static final ScenarioOptions NONE = new ScenarioOptions(false, DEFAULT_SEED, 0, DEFAULT_DAY, 0);

    public ScenarioOptions {
        if (liveRatePerMinute < 0 || liveRatePerMinute > 600) {
            throw new HubException(
                    "the live rate must be between 0 and 600 requests a minute (got " + liveRatePerMinute + ")");
        }
        if (day.isNegative() || day.isZero()) {
            throw new HubException("a simulated day must last more than 0 s (got " + day + ")");
        }
        if (enabled && (simulationPort < 1 || simulationPort > 65535)) {
            throw new HubException("port " + simulationPort + " is not a valid TCP port (1-65535)");
        }
    }

    /** The scenario with its defaults. */
    public static ScenarioOptions defaults() {
        return new ScenarioOptions(true, DEFAULT_SEED, DEFAULT_LIVE_RATE, DEFAULT_DAY, DEFAULT_SIMULATION_PORT);
    }
}
