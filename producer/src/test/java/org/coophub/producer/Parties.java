package org.coophub.producer;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.producer.directory.Directory;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;

/** Publishes party profiles to {@code coop.directory}, as the CLI's onboarding does. */
public class Parties {

    private final SchemaRegistryClient registry;

    Parties(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    public static PartyProfile profile(String code, boolean active, List<String> languages) {
        return PartyProfile.newBuilder()
                .setCode(code)
                .setName(code)
                .setKind(PartyKind.STATE_PARTY)
                .setActive(active)
                .setLanguages(languages)
                .build();
    }

    /** FRA (fr), DEU (no choice: en, fr), ARG (es) and an inactive XKX, published once per context. */
    public void ensurePublished(Directory directory) {
        if (directory.find("XKX").isEmpty()) {
            publish(
                    profile("FRA", true, List.of("fr")),
                    profile("DEU", true, List.of()),
                    profile("ARG", true, List.of("es")),
                    profile("XKX", false, List.of()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("XKX").isPresent());
    }

    public void publish(PartyProfile... profiles) {
        var serdeConfig = SerdeConfig.from(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://unused"), false);
        Map<String, Object> config =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.embedded.kafka.brokers"));
        try (var producer = new KafkaProducer<>(
                config, new StringSerializer(), new CoopAvroSerializer<PartyProfile>(registry, serdeConfig, false))) {
            for (PartyProfile profile : profiles) {
                producer.send(new ProducerRecord<>(Topics.DIRECTORY, profile.getCode(), profile));
            }
            producer.flush();
        }
    }
}
