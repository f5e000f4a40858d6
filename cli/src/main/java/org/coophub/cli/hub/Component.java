package org.coophub.cli.hub;

/** The child processes of the hub, in start order; they stop in reverse. */
enum Component {
    KAFKA("kafka"),
    REGISTRY("schema-registry");

    private final String id;

    Component(String id) {
        this.id = id;
    }

    /** Names the pid and log files and marks the child's command line as ours. */
    String id() {
        return id;
    }
}
