package org.coophub.gateway.receipt;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/** DOWN when the requests listener container has stopped or one of its consumers died. */
@Component("requestsListenerHealthIndicator")
class RequestListenerHealth implements HealthIndicator {

    private final KafkaListenerEndpointRegistry registry;

    RequestListenerHealth(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        MessageListenerContainer container = registry.getListenerContainer(RequestListener.ID);
        if (container == null) {
            return Health.down().withDetail("reason", "no listener container").build();
        }
        boolean running = container.isRunning() && container.isChildRunning();
        boolean expected = container.isInExpectedState();
        Health.Builder health = running && expected ? Health.up() : Health.down();
        return health.withDetail("running", running)
                .withDetail("inExpectedState", expected)
                .withDetail("assignedPartitions", String.valueOf(container.getAssignedPartitions()))
                .build();
    }
}
