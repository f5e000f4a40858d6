package org.coophub.registry.system;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.coophub.schemas.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code coophub.registry}. The launcher relies on {@code topic},
 * {@code topic-replication-factor}, {@code default-compatibility} and {@code writers}.
 *
 * @param topic the compacted topic holding every schema, delete and config record
 * @param topicReplicationFactor used only when the registry creates the topic itself
 * @param defaultCompatibility the global level until {@code PUT /config} sets another
 * @param writers user to password; when non-empty every mutating request needs HTTP Basic auth
 * @param initTimeout how long start-up may take to read the topic to its end
 * @param writeTimeout how long a write waits for the store's reader to apply it (else 50002)
 */
@Validated
@ConfigurationProperties("coophub.registry")
public record RegistrySettings(
        @DefaultValue(Topics.SCHEMAS) @NotBlank String topic,
        @DefaultValue("1") @Min(1) short topicReplicationFactor,

        @DefaultValue("BACKWARD")
        @Pattern(
                regexp = "(?i)NONE|(BACKWARD|FORWARD|FULL)(_TRANSITIVE)?",
                message =
                        "must be NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE")
        String defaultCompatibility,

        Map<String, String> writers,
        @DefaultValue("60s") @NotNull Duration initTimeout,
        @DefaultValue("10s") @NotNull Duration writeTimeout) {

    public RegistrySettings {
        writers = writers == null ? Map.of() : Map.copyOf(writers);
    }

    @Override
    public String toString() {
        // never print the writers' passwords
        return "RegistrySettings[topic=%s, topicReplicationFactor=%d, defaultCompatibility=%s, writers=%s]"
                .formatted(topic, topicReplicationFactor, defaultCompatibility, writers.keySet());
    }
}
