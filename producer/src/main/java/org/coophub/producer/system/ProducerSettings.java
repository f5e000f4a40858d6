package org.coophub.producer.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dispatch service's settings ({@code coophub.producer.*}).
 *
 * @param clientProperties a Kafka client properties file (the court's credentials) added to every
 *     Kafka client and to the serde configuration; absent: Boot's {@code spring.kafka.*} and
 *     {@code schemaRegistryUrl} apply
 * @param schemaRegistryUrl the registry when the properties file names none
 * @param transactionalIdPrefix start of the transactional id; a random part is appended per
 *     instance so two instances never fence each other
 * @param relayInterval how often the outbox relay looks for rows due
 * @param relayBatches how many outbox batches one relay round sends at most
 */
@Validated
@ConfigurationProperties("coophub.producer")
public record ProducerSettings(
        Path clientProperties,
        @NotBlank @DefaultValue("http://127.0.0.1:8081") String schemaRegistryUrl,
        @NotBlank @DefaultValue("court-producer-") String transactionalIdPrefix,
        @NotNull @DefaultValue("100ms") Duration relayInterval,
        @Positive @DefaultValue("200") int relayBatches) {}
