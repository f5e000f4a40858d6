package org.coophub.cli.hub;

import java.nio.file.Path;

/**
 * Where things are: the build outputs the hub runs from and its state under {@code .coophub/}, which
 * survives restarts.
 *
 * @param home the repository root (the state directory is {@code home/.coophub})
 * @param kafkaLibs the broker's classpath, collected at build time
 * @param registryJar the schema registry's executable jar
 * @param producerJar the Registry's dispatch service
 * @param gatewayJar the national gateway, one process per party
 * @param dashboardJar the managers' dashboard (a Kafka Streams application)
 */
public record HubLayout(
        Path home, Path kafkaLibs, Path registryJar, Path producerJar, Path gatewayJar, Path dashboardJar) {

    static final String DASHBOARD_JAR = "dashboard/target/coophub-dashboard.jar";

    public HubLayout {
        home = home.toAbsolutePath().normalize();
        kafkaLibs = kafkaLibs.toAbsolutePath().normalize();
        registryJar = registryJar.toAbsolutePath().normalize();
        producerJar = producerJar.toAbsolutePath().normalize();
        gatewayJar = gatewayJar.toAbsolutePath().normalize();
        dashboardJar = dashboardJar.toAbsolutePath().normalize();
    }

    /** The dashboard's jar where the build puts it under {@code home}. */
    public HubLayout(Path home, Path kafkaLibs, Path registryJar, Path producerJar, Path gatewayJar) {
        this(home, kafkaLibs, registryJar, producerJar, gatewayJar, home.resolve(DASHBOARD_JAR));
    }

    /** The apps' jars where the build puts them under {@code home}. */
    public HubLayout(Path home, Path kafkaLibs, Path registryJar) {
        this(
                home,
                kafkaLibs,
                registryJar,
                home.resolve("producer/target/coophub-producer.jar"),
                home.resolve("consumer-gateway/target/coophub-consumer-gateway.jar"));
    }

    public static HubLayout of(Path home) {
        return new HubLayout(
                home,
                home.resolve("cli/target/kafka/libs"),
                home.resolve("schema-registry/target/coophub-schema-registry.jar"));
    }

    /** The CLI's own jar, which also runs the scenario's simulation. */
    Path cliJar() {
        return home.resolve("cli/target/coophub-cli.jar");
    }

    /** The gateway's embedded inbox database (H2 file) for a party. */
    Path gatewayInbox(String party) {
        return state().resolve("gateways").resolve(party).resolve("inbox");
    }

    /** The dashboard's Kafka Streams state (its local stores). */
    Path dashboardState() {
        return state().resolve("dashboard").resolve("state");
    }

    Path state() {
        return home.resolve(".coophub");
    }

    Path kafkaDir() {
        return state().resolve("kafka");
    }

    Path kafkaData() {
        return kafkaDir().resolve("data");
    }

    /** The cluster id CoopHub formatted the data directory with; a different one means foreign data. */
    Path clusterIdFile() {
        return kafkaDir().resolve("cluster.id");
    }

    Path brokerConfig() {
        return kafkaDir().resolve("server.properties");
    }

    Path brokerLogConfig() {
        return kafkaDir().resolve("log4j2.properties");
    }

    Path registryConfig() {
        return state().resolve("registry").resolve("registry.properties");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path log(Component component) {
        return logs().resolve(component.id() + ".log");
    }

    Path run() {
        return state().resolve("run");
    }

    Path pidFile(Component component) {
        return run().resolve(component.id() + ".pid");
    }

    Path portsFile() {
        return run().resolve("ports.properties");
    }

    /** Present while {@code down} (or Ctrl-C) is stopping the children on purpose. */
    Path stoppingMarker() {
        return run().resolve("stopping");
    }

    public Path credentials() {
        return state().resolve("credentials");
    }

    Path passwordsFile() {
        return credentials().resolve("passwords.properties");
    }

    Path clientProperties(String principal) {
        return credentials().resolve(principal + ".properties");
    }

    public Path stackFile() {
        return state().resolve("stack.json");
    }
}
