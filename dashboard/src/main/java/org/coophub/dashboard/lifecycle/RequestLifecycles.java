package org.coophub.dashboard.lifecycle;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.coophub.dashboard.store.JsonSerde;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;

/** The part of the topology that follows every request from dispatch to closure. */
public final class RequestLifecycles {

    /** Request id → {@link RequestLifecycle}. */
    public static final String STORE = "request-lifecycles";

    /** Request id → {@link OpenRequest}, for every request open now. */
    public static final String OPEN_REQUESTS = "open-requests";

    /** {@code party|type|yyyy-MM} (month of dispatch) → {@link FigureCell}. */
    public static final String FIGURES = "request-figures";

    public static final String REQUESTS_SOURCE = "court-messages";
    public static final String RESPONSES_SOURCE = "party-messages";
    public static final String REPARTITION = "lifecycle-events";
    public static final String PROCESSOR = "fold-lifecycle";

    private RequestLifecycles() {}

    /**
     * Reads every party's requests and responses topics by pattern, so a party onboarded later is
     * read without a restart, and folds them per request id into {@link #STORE}, {@link #OPEN_REQUESTS} and {@link #FIGURES}: all three
     * in the same task, so the figures need no repartition of their own.
     */
    public static void addTo(StreamsBuilder builder, Serde<CourtMessage> court, Serde<PartyMessage> party) {
        JsonSerde<LifecycleEvent> events = new JsonSerde<>(LifecycleEvent.class);
        KStream<String, LifecycleEvent> fromCourt = builder.stream(
                        Topics.ALL_REQUESTS,
                        Consumed.with(Serdes.String(), court).withName(REQUESTS_SOURCE))
                .filter((key, message) -> message != null && message.getRequestId() != null, Named.as("court-valid"))
                .processValues(CourtEventProcessor::new, Named.as("court-event"));
        KStream<String, LifecycleEvent> fromParties = builder.stream(
                        Topics.ALL_RESPONSES,
                        Consumed.with(Serdes.String(), party).withName(RESPONSES_SOURCE))
                // a notification about no request has no lifecycle to join
                .filter((key, message) -> message != null && message.getRequestId() != null, Named.as("party-valid"))
                .mapValues(LifecycleEvent::of, Named.as("party-event"));

        // every store cached: a request's messages arriving within one commit interval (a catch-up
        // reads them back to back) write its lifecycle to RocksDB and the changelog once, not once
        // per message; a cell, changed by every message about any of its requests, likewise
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(STORE), Serdes.String(), new JsonSerde<>(RequestLifecycle.class))
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(OPEN_REQUESTS),
                        Serdes.String(),
                        new JsonSerde<>(OpenRequest.class))
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(FIGURES), Serdes.String(), new JsonSerde<>(FigureCell.class))
                .withCachingEnabled());
        fromCourt
                .merge(fromParties, Named.as("all-events"))
                // a party's topics need not have the court's partition count: key by request id
                // and repartition so that every message about a request meets the same store
                .selectKey((key, event) -> event.requestId(), Named.as("by-request"))
                .repartition(Repartitioned.with(Serdes.String(), events).withName(REPARTITION))
                .process(LifecycleProcessor::new, Named.as(PROCESSOR), STORE, OPEN_REQUESTS, FIGURES);
    }
}
