package org.coophub.gateway;

import org.coophub.gateway.receipt.CrashAfterInboxCommit;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The gateway of FRA against the module's embedded KRaft broker and a real (H2 file) database. Every
 * subclass shares this one Spring context, so one listener consumes {@code coop.FRA.requests}.
 */
@SpringBootTest(
        properties = {
            "coophub.gateway.party=FRA",
            "coophub.gateway.schema-registry-url=http://127.0.0.1:9",
            "coophub.gateway.outbox-relay-interval-ms=100",
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "spring.datasource.url=jdbc:h2:file:./target/h2/inbox-${random.uuid}"
        })
@Import({GatewayIntegrationTest.Registry.class, CrashAfterInboxCommit.class})
public abstract class GatewayIntegrationTest {

    protected static final String PARTY = "FRA";

    @Autowired
    protected SchemaRegistryClient registry;

    protected CourtSide court() {
        return new CourtSide(registry, PARTY);
    }

    /** The registry in memory, with the subjects onboarding registers as the court. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        @Primary
        SchemaRegistryClient inMemorySchemaRegistry() {
            InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
            registry.register(Topics.requests(PARTY) + "-value", CourtMessage.getClassSchema());
            registry.register(Topics.responses(PARTY) + "-value", PartyMessage.getClassSchema());
            return registry;
        }
    }
}
