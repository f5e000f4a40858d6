package org.coophub.producer;

import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The test doubles that are not Kafka: the registry (not the point here) and a relay probe. */
@TestConfiguration(proxyBeanMethods = false)
public class HubFixtures {

    /** One per JVM: every context's records must be readable by every other's (ids are per registry). */
    private static final InMemorySchemaRegistry REGISTRY = new InMemorySchemaRegistry();

    @Bean
    @Primary
    SchemaRegistryClient inMemoryRegistry() {
        return REGISTRY;
    }

    @Bean
    FailingProbe failingProbe() {
        return new FailingProbe();
    }

    @Bean
    Parties parties(SchemaRegistryClient registry) {
        return new Parties(registry);
    }

    @Bean
    CommittedReader committedReader(SchemaRegistryClient registry) {
        return new CommittedReader(registry);
    }
}
