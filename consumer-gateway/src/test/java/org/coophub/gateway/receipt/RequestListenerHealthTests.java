package org.coophub.gateway.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.coophub.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

class RequestListenerHealthTests extends GatewayIntegrationTest {

    @Autowired
    RequestListenerHealth health;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    MeterRegistry meters;

    @Test
    void isDownWhileTheRequestsListenerIsStopped() {
        MessageListenerContainer container = listeners.getListenerContainer(RequestListener.ID);
        await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus() == Status.UP);
        try {
            container.stop();

            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            container.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus() == Status.UP);
    }

    @Test
    void exposesTheConsumerLagAsAMetric() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> meters.find("kafka.consumer.fetch.manager.records.lag.max")
                                .gauge()
                        != null);
    }
}
