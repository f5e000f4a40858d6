package org.coophub.cli.hub;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kafka client settings for a hub principal, as written to {@code .coophub/credentials/<principal>.properties}. */
final class ClientSettings {

    static final String SECURITY_PROTOCOL = "SASL_PLAINTEXT";
    static final String SASL_MECHANISM = "SCRAM-SHA-512";

    private ClientSettings() {}

    static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }

    static Map<String, String> kafka(String bootstrap, String user, String password) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("bootstrap.servers", bootstrap);
        settings.put("security.protocol", SECURITY_PROTOCOL);
        settings.put("sasl.mechanism", SASL_MECHANISM);
        settings.put("sasl.jaas.config", scramJaas(user, password));
        return settings;
    }

    /**
     * The court may also write schemas: the registry keys are those a Confluent-style serde reads, so
     * a serde configured from this file works as-is.
     */
    static Map<String, String> court(HubPorts ports, Passwords passwords, boolean withRegistry) {
        var settings = kafka(ports.bootstrap(), Passwords.COURT, passwords.court());
        if (withRegistry) {
            settings.put("schema.registry.url", ports.registryUrl());
            settings.put("basic.auth.credentials.source", "USER_INFO");
            settings.put("basic.auth.user.info", Passwords.COURT + ":" + passwords.court());
        }
        return settings;
    }

    /** Writes one properties file per client principal and returns their paths by principal. */
    static Map<String, Path> write(HubLayout layout, HubPorts ports, Passwords passwords, boolean withRegistry) {
        var court = layout.clientProperties(Passwords.COURT);
        var registry = layout.clientProperties(Passwords.REGISTRY);
        PrivateFiles.writeProperties(
                court, "Kafka client settings for the court principal", court(ports, passwords, withRegistry));
        PrivateFiles.writeProperties(
                registry,
                "Kafka client settings for the schema registry principal",
                kafka(ports.bootstrap(), Passwords.REGISTRY, passwords.registry()));
        var paths = new LinkedHashMap<String, Path>();
        paths.put(Passwords.COURT, court);
        paths.put(Passwords.REGISTRY, registry);
        return paths;
    }
}
