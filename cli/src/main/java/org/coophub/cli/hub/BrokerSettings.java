package org.coophub.cli.hub;

import java.util.LinkedHashMap;
import java.util.Map;

/** The single combined broker+controller node: its {@code server.properties} and its log4j2 setup. */
final class BrokerSettings {

    static final int NODE_ID = 1;

    private BrokerSettings() {}

    static Map<String, String> server(HubLayout layout, HubPorts ports, Passwords passwords) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", String.valueOf(NODE_ID));
        // Static voters (not a formatted dynamic quorum): the controller port may change between runs.
        settings.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + ports.controller());
        settings.put(
                "listeners", "CLIENT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:" + ports.controller());
        settings.put("advertised.listeners", "CLIENT://127.0.0.1:" + ports.kafka());
        settings.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        settings.put("inter.broker.listener.name", "CLIENT");
        settings.put("controller.listener.names", "CONTROLLER");

        settings.put("sasl.mechanism.inter.broker.protocol", ClientSettings.SASL_MECHANISM);
        settings.put("listener.name.client.sasl.enabled.mechanisms", ClientSettings.SASL_MECHANISM);
        settings.put(
                "listener.name.client.scram-sha-512.sasl.jaas.config",
                ClientSettings.scramJaas(Passwords.BROKER, passwords.broker()));
        // SCRAM credentials live in the metadata log the controller serves, so the controller
        // listener itself cannot use SCRAM: PLAIN with one static user, the broker's own principal.
        settings.put("sasl.mechanism.controller.protocol", "PLAIN");
        settings.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        settings.put(
                "listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + Passwords.BROKER
                        + "\" password=\"" + passwords.broker() + "\" user_" + Passwords.BROKER + "=\""
                        + passwords.broker() + "\";");

        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("allow.everyone.if.no.acl.found", "false");
        settings.put("super.users", "User:" + Passwords.BROKER + ";User:" + Passwords.COURT);

        settings.put("log.dirs", layout.kafkaData().toString());
        settings.put("num.partitions", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        // A one-node local hub: consumers should not wait for more members to join.
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }

    /** Kafka 4 logs through log4j2; the process output goes to {@code .coophub/logs/kafka.log}. */
    static String log4j2() {
        return """
                status = warn
                appender.out.type = Console
                appender.out.name = STDOUT
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = INFO
                rootLogger.appenderRef.out.ref = STDOUT
                logger.request.name = kafka.request.logger
                logger.request.level = WARN
                logger.state.name = state.change.logger
                logger.state.level = WARN
                logger.authorizer.name = kafka.authorizer.logger
                logger.authorizer.level = WARN
                logger.reflections.name = org.reflections
                logger.reflections.level = ERROR
                """;
    }
}
