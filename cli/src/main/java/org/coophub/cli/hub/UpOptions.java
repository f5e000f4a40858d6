package org.coophub.cli.hub;

/**
 * What {@code up} starts and how.
 *
 * @param withRegistry false starts Kafka only (the broker integration test runs without the registry jar)
 * @param detach true returns once ready, leaving the children running
 */
public record UpOptions(HubPorts ports, boolean withRegistry, boolean detach) {}
