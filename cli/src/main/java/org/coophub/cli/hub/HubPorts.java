package org.coophub.cli.hub;

/** The three loopback ports the hub listens on. */
public record HubPorts(int kafka, int controller, int registry) {

    public static final HubPorts DEFAULTS = new HubPorts(9092, 9093, 8081);

    public HubPorts {
        for (int port : new int[] {kafka, controller, registry}) {
            if (port < 1 || port > 65535) {
                throw new HubException("port " + port + " is not a valid TCP port (1-65535)");
            }
        }
        if (kafka == controller || kafka == registry || controller == registry) {
            throw new HubException("the Kafka, controller and registry ports must differ (got " + kafka + ", "
                    + controller + ", " + registry + ")");
        }
    }

    String bootstrap() {
        return "127.0.0.1:" + kafka;
    }

    String registryUrl() {
        return "http://127.0.0.1:" + registry;
    }
}
