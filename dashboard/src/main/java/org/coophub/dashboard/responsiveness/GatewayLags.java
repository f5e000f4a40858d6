package org.coophub.dashboard.responsiveness;

import java.util.Map;

/** What each party's gateway has taken from its requests topic, as last polled from the broker. */
public interface GatewayLags {

    /** The latest poll, by party code; empty before the first poll or when polling is off. */
    Map<String, GatewayLag> current();
}
