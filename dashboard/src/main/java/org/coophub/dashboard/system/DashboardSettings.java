package org.coophub.dashboard.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's settings ({@code coophub.dashboard.*}).
 *
 * @param clientProperties a Kafka client properties file (the court's credentials) merged into the
 *     Streams configuration and the serde configuration; absent: Boot's {@code spring.kafka.*}
 *     and {@code schemaRegistryUrl} apply
 * @param schemaRegistryUrl the registry when the properties file names none
 * @param stateDir where Kafka Streams keeps its stores
 */
@Validated
@ConfigurationProperties("coophub.dashboard")
public record DashboardSettings(
        Path clientProperties,
        @NotBlank @DefaultValue("http://127.0.0.1:8081") String schemaRegistryUrl,
        @NotNull @DefaultValue("./.coophub/dashboard/state") Path stateDir) {}
