package org.coophub.dashboard.system;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.coophub.dashboard.responsiveness.GatewayLagPoller;
import org.coophub.dashboard.responsiveness.GatewaySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway lag poller, as the {@code GatewayLags} the figures read. Its Admin client has the
 * Streams application's client settings, so the court's credentials: it may read every group.
 */
@Configuration(proxyBeanMethods = false)
class GatewayLagConfiguration {

    @Bean
    GatewayLagPoller gatewayLags(KafkaClients clients, GatewaySettings settings, MeterRegistry meters) {
        return new GatewayLagPoller(adminConfig(clients), settings, meters, Clock.systemUTC());
    }

    /** The client settings an Admin client knows (Streams' own would only be logged as unused). */
    static Map<String, Object> adminConfig(KafkaClients clients) {
        Map<String, Object> config = new HashMap<>();
        clients.streams().forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, StreamsConfiguration.APPLICATION_ID + "-gateway-lags");
        return config;
    }
}
