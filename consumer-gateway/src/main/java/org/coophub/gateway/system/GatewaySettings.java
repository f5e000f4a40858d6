package org.coophub.gateway.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings.
 *
 * @param party the party this gateway serves (ISO 3166-1 alpha-3 for States); required
 * @param clientProperties a Kafka client properties file (bootstrap, SASL, {@code schema.registry.url})
 *     added to every Kafka client and to the serde; when absent, Boot's {@code spring.kafka.*} apply
 * @param schemaRegistryUrl the registry URL when the properties file does not name one
 */
@Validated
@ConfigurationProperties("coophub.gateway")
public record GatewaySettings(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,11}") String party,
        Path clientProperties,
        String schemaRegistryUrl) {}
