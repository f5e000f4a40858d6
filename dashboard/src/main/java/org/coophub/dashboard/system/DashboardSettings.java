package org.coophub.dashboard.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param refreshInterval how often the figures' snapshot is rebuilt from the stores: the figures
 *     are at most this much behind
 * @param alertBefore a request its party's gateway has not received yet raises an alert from this
 *     long before its due date
 */
@Validated
@ConfigurationProperties("coophub.dashboard")
public record DashboardSettings(
        Path clientProperties,
        @NotBlank @DefaultValue("http://127.0.0.1:8081") String schemaRegistryUrl,
        @NotNull @DefaultValue("./.coophub/dashboard/state") Path stateDir,
        @NotNull @DefaultValue("2s") Duration refreshInterval,
        @NotNull @DefaultValue("P7D") Duration alertBefore) {}
