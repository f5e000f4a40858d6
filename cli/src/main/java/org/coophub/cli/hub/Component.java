package org.coophub.cli.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A child process of the hub. Kafka, the registry, the producer and the dashboard are fixed; there
 * is one gateway per onboarded party that {@code up} runs, named {@code gateway-<P>}. They are listed
 * in the order of {@link #known} and stop in reverse (the dashboard, a reader of every topic, first).
 *
 * @param id names the pid and log files and marks the child's command line as ours
 */
record Component(String id) {

    static final Component KAFKA = new Component("kafka");
    static final Component REGISTRY = new Component("schema-registry");
    static final Component PRODUCER = new Component("producer");
    static final Component DASHBOARD = new Component("dashboard");
    /** The scenario's simulated national authorities and live court traffic. */
    static final Component SIMULATION = new Component("simulation");

    private static final String GATEWAY_PREFIX = "gateway-";

    static Component gateway(String party) {
        return new Component(GATEWAY_PREFIX + party);
    }

    boolean isGateway() {
        return id.startsWith(GATEWAY_PREFIX);
    }

    /** The party of a gateway component. */
    String party() {
        return id.substring(GATEWAY_PREFIX.length());
    }

    /**
     * Every component this home may have running: Kafka, the registry, the producer, each gateway
     * that has a pid file or a port in {@code run/ports.properties}, the simulation, then the
     * dashboard.
     */
    static List<Component> known(HubLayout layout) {
        var gateways = new TreeSet<String>();
        try (var files = Files.newDirectoryStream(layout.run(), GATEWAY_PREFIX + "*.pid")) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                gateways.add(name.substring(0, name.length() - ".pid".length()));
            });
        } catch (IOException e) {
            // no run directory: no gateway
        }
        gateways.addAll(HubStatus.readPorts(layout).stringPropertyNames().stream()
                .filter(key -> key.startsWith(GATEWAY_PREFIX))
                .toList());
        var all = new ArrayList<>(List.of(KAFKA, REGISTRY, PRODUCER));
        gateways.forEach(id -> all.add(new Component(id)));
        // after the producer and the gateways it dispatches to and drives, so it stops before them
        all.add(SIMULATION);
        all.add(DASHBOARD);
        return all;
    }

    @Override
    public String toString() {
        return id;
    }
}
