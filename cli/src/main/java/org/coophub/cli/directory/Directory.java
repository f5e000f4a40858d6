package org.coophub.cli.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.cli.court.CourtConnection;
import org.coophub.cli.hub.HubException;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.VoluntaryAgreement;
import org.coophub.schemas.serde.CoopAvroSerializer;

/** Writes party profiles to {@code coop.directory} as the court (key = party code). */
public final class Directory {

    /**
     * What a seed wrote.
     *
     * @param byGroup profiles per regional group
     * @param removed codes tombstoned because they were not parties at that date
     * @param agreements the voluntary agreements the profiles carry, by kind (see {@link Agreements})
     */
    public record Seeded(
            AsOf asOf,
            int profiles,
            Map<String, Integer> byGroup,
            List<String> removed,
            Map<String, Integer> agreements) {}

    private final CourtConnection court;
    private final Clock clock;

    public Directory(CourtConnection court, Clock clock) {
        this.court = court;
        this.clock = clock;
    }

    /**
     * One profile per State Party at {@code asOf}, with the voluntary agreements of {@link Agreements}
     * (the Bureau report's counts: 18 witness relocation, 10 enforcement of sentences, 1 interim
     * release; the States are the scenario's choice); a State of the list that was not a party then
     * gets a tombstone, so re-seeding with another date leaves exactly that date's parties.
     */
    public Seeded seed(AsOf asOf) {
        var profiles = new ArrayList<PartyProfile>();
        var removed = new ArrayList<String>();
        var byGroup = new TreeMap<String, Integer>();
        var agreements = new TreeMap<String, Integer>();
        for (StatesParties.State state : StatesParties.read()) {
            if (state.isParty(asOf)) {
                profiles.add(state.profile(clock.instant()));
                byGroup.merge(state.group().name(), 1, Integer::sum);
                for (VoluntaryAgreement agreement :
                        profiles.get(profiles.size() - 1).getAgreements()) {
                    agreements.merge(agreement.getKind().name(), 1, Integer::sum);
                }
            } else {
                removed.add(state.code());
            }
        }
        publish(profiles, removed);
        return new Seeded(asOf, profiles.size(), byGroup, removed, agreements);
    }

    /** A party outside the States Parties list: a State cooperating ad hoc, or an organisation. */
    public PartyProfile addParty(String code, String name, PartyKind kind, List<String> languages) {
        var profile = PartyProfile.newBuilder()
                .setCode(code)
                .setName(name)
                .setKind(kind)
                .setActive(true)
                .setLanguages(languages)
                .setUpdatedAt(clock.instant())
                .build();
        publish(List.of(profile), List.of());
        return profile;
    }

    private void publish(List<PartyProfile> profiles, List<String> tombstones) {
        if (court.registryUrl().isEmpty()) {
            throw new HubException("the directory needs the schema registry, which this hub runs without");
        }
        Map<String, Object> settings = court.kafkaSettings();
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        settings.remove("default.api.timeout.ms");
        var serializer = new CoopAvroSerializer<PartyProfile>();
        serializer.configure(settings, false);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), serializer)) {
            var sent = new ArrayList<Future<RecordMetadata>>();
            for (PartyProfile profile : profiles) {
                sent.add(producer.send(new ProducerRecord<>(Topics.DIRECTORY, profile.getCode(), profile)));
            }
            for (String code : tombstones) {
                sent.add(producer.send(new ProducerRecord<>(Topics.DIRECTORY, code, null)));
            }
            for (Future<RecordMetadata> result : sent) {
                result.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new HubException("publishing to " + Topics.DIRECTORY + " failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new HubException("publishing to " + Topics.DIRECTORY + " timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while publishing to " + Topics.DIRECTORY);
        }
    }
}
