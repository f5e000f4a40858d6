package org.coophub.dashboard.responsiveness;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway lag poller's settings ({@code coophub.dashboard.gateways.*}).
 *
 * @param enabled whether to poll at all; off, {@link GatewayLags#current()} stays empty
 * @param pollInterval the pause between the end of one poll and the start of the next
 * @param timeout the bound on each Admin call of a poll
 */
@ConfigurationProperties("coophub.dashboard.gateways")
public record GatewaySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10s") Duration timeout) {}
