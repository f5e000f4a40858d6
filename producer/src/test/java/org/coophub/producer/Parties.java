package org.coophub.producer;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    public void ensurePublished(Directory directory) throws Exception {
        if (directory.find("XKX").isEmpty()) {
            publish(
                    profile("FRA", true, List.of("fr")),
                    profile("DEU", true, List.of()),
                    profile("ARG", true, List.of("es")),
                    profile("XKX", false, List.of()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("XKX").isPresent());
    }

    /** A tombstone: the party leaves the directory. */
    public void remove(String code) throws Exception {
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.DIRECTORY, code, null)).get(20, TimeUnit.SECONDS);
            producer.flush();
        }
    }

    private KafkaProducer<String, PartyProfile> producer() {
        var serdeConfig = SerdeConfig.from(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://unused"), false);
        Map<String, Object> config =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("spring.embedded.kafka.brokers"));
        return new KafkaProducer<>(
                config, new StringSerializer(), new CoopAvroSerializer<PartyProfile>(registry, serdeConfig, false));
    }

    public void publish(PartyProfile... profiles) throws Exception {
        try (var producer = producer()) {
            for (PartyProfile profile : profiles) {
                producer.send(new ProducerRecord<>(Topics.DIRECTORY, profile.getCode(), profile))
                        .get(20, TimeUnit.SECONDS);
            }
        }
    }
}
