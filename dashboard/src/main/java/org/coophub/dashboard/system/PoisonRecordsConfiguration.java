package org.coophub.dashboard.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the records the dashboard cannot read go: {@value DeadLetters#TOPIC}, created at start. */
@Configuration(proxyBeanMethods = false)
class PoisonRecordsConfiguration {

    @Bean(destroyMethod = "close")
    DeadLetters deadLetters(KafkaClients clients, MeterRegistry meters) {
        DeadLetters.createTopic(clients);
        return DeadLetters.create(clients, meters);
    }
}
