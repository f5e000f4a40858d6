package org.coophub.dashboard.warrant;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.coophub.dashboard.store.JsonSerde;
import org.coophub.schemas.Topics;
import org.coophub.schemas.warrant.WarrantEvent;

/** The part of the topology that follows each arrest warrant until the person is in custody. */
public final class Warrants {

    /** Warrant id → {@link WarrantState}. */
    public static final String STORE = "warrants";

    public static final String SOURCE = "warrant-events";
    public static final String PROCESSOR = "fold-warrant";

    private Warrants() {}

    /** Folds {@code coop.court.warrants} (key = warrant id) into {@link #STORE}. */
    public static void addTo(StreamsBuilder builder, Serde<WarrantEvent> serde) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), new JsonSerde<>(WarrantState.class)));
        builder.stream(
                        Topics.COURT_WARRANTS,
                        Consumed.with(Serdes.String(), serde).withName(SOURCE))
                .filter((key, event) -> event != null && event.getWarrantId() != null, Named.as("warrant-valid"))
                // keyed by warrant id on the topic (one writer, the court): no repartition needed
                .process(WarrantProcessor::new, Named.as(PROCESSOR), STORE);
    }
}
