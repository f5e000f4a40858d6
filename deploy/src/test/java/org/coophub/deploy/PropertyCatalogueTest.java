package org.coophub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spring Boot's relaxed binding from environment variables, as the compose checks apply it. */
class PropertyCatalogueTest {

    private static final PropertyCatalogue GATEWAY = PropertyCatalogue.ofModule(Repository.ROOT, "consumer-gateway");

    @Test
    void aVariableBindsToTheAppsOwnPropertyWithItsDashesDropped() {
        assertThat(GATEWAY.propertyFor("COOPHUB_GATEWAY_CLIENTPROPERTIES"))
                .contains("coophub.gateway.client-properties");
        assertThat(GATEWAY.propertyFor("COOPHUB_GATEWAY_PARTY")).contains("coophub.gateway.party");
    }

    @Test
    void aVariableBindsToSpringBootsOwnProperties() {
        assertThat(GATEWAY.propertyFor("SPRING_DATASOURCE_URL")).contains("spring.datasource.url");
        assertThat(GATEWAY.propertyFor("SERVER_PORT")).contains("server.port");
        assertThat(GATEWAY.propertyFor("SPRING_KAFKA_BOOTSTRAPSERVERS")).contains("spring.kafka.bootstrap-servers");
    }

    @Test
    void aVariableUnderAMapPropertyBindsToTheMap() {
        assertThat(GATEWAY.propertyFor("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"))
                .contains("spring.kafka.properties");
    }

    @Test
    void aVariableWithTheDashKeptOrMisspelledBindsToNothing() {
        assertThat(GATEWAY.propertyFor("COOPHUB_GATEWAY_PARTTY")).isEmpty();
        assertThat(GATEWAY.propertyFor("COOPHUB_GATEWAY_CLIENT_PROPERTIES")).isEmpty();
        assertThat(GATEWAY.propertyFor("COOPHUB_PRODUCER_CLIENTPROPERTIES")).isEmpty();
    }

    @Test
    void aPropertyOfAnotherTypeIsNotAPrefixForLongerVariables() {
        var catalogue = PropertyCatalogue.of(Map.of("coophub.gateway.party", "java.lang.String"));

        assertThat(catalogue.propertyFor("COOPHUB_GATEWAY_PARTY_CODE")).isEmpty();
    }

    @Test
    void theAppsOwnMetadataAndSpringBootsAreBothRead() {
        assertThat(GATEWAY.declares("coophub.gateway.party")).isTrue();
        assertThat(GATEWAY.declares("management.endpoints.web.exposure.include"))
                .isTrue();
        assertThat(GATEWAY.size()).isGreaterThan(500);
    }
}
