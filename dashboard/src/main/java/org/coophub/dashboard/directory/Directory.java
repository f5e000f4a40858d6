package org.coophub.dashboard.directory;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyProfile;

/** The directory of parties as a global table: every instance holds all of it. */
public final class Directory {

    /** Party code → {@link PartyProfile}; a tombstone on the topic removes the party. */
    public static final String STORE = "directory";

    public static final String SOURCE = "party-profiles";

    private Directory() {}

    public static void addTo(StreamsBuilder builder, Serde<PartyProfile> serde) {
        builder.globalTable(
                Topics.DIRECTORY,
                Consumed.with(Serdes.String(), serde).withName(SOURCE),
                Materialized.<String, PartyProfile, KeyValueStore<Bytes, byte[]>>as(STORE)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(serde));
    }
}
