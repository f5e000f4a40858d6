package org.coophub.deploy;

import java.util.List;
import java.util.Map;

/**
 * The Spring Boot apps among the Compose services, found by the module their image is built from, and
 * what each needs set in a container. The other services (Kafka, the registry, PostgreSQL, the
 * onboarding job) are not Spring Boot apps of this repository.
 */
final class AppServices {

    /**
     * Module → the properties its container must set: the client properties file is the only way
     * the apps take Kafka credentials; a gateway needs its party and its own database.
     */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "producer",
            List.of("coophub.producer.client-properties", "spring.datasource.url"),
            "dashboard",
            List.of("coophub.dashboard.client-properties", "coophub.dashboard.state-dir"),
            "consumer-gateway",
            List.of(
                    "coophub.gateway.party",
                    "coophub.gateway.client-properties",
                    "spring.datasource.url",
                    "spring.datasource.username",
                    "spring.datasource.password"));

    /** The client properties file property of each app module. */
    static final Map<String, String> CLIENT_PROPERTIES = Map.of(
            "producer", "coophub.producer.client-properties",
            "dashboard", "coophub.dashboard.client-properties",
            "consumer-gateway", "coophub.gateway.client-properties");

    private AppServices() {}

    static boolean isApp(ComposeFile.Service service) {
        return service.module().map(REQUIRED::containsKey).orElse(false);
    }
}
