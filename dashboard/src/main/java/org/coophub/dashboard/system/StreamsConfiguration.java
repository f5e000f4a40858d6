package org.coophub.dashboard.system;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.coophub.dashboard.DashboardTopology;
import org.coophub.dashboard.responsiveness.GatewayLags;
import org.coophub.dashboard.summary.Figures;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerde;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Streams application: its configuration, its serdes, its stores and its health. */
@Configuration(proxyBeanMethods = false)
class StreamsConfiguration {

    /** One application id for every instance: more instances share the work. */
    static final String APPLICATION_ID = "coophub-dashboard";

    @Bean
    KafkaClients kafkaClients(KafkaProperties kafka, DashboardSettings settings) {
        return new KafkaClients(kafka.buildStreamsProperties(), settings);
    }

    /** One client, so each schema is fetched once for all the serdes. */
    @Bean
    SchemaRegistryClient schemaRegistryClient(KafkaClients clients) {
        return SerdeConfig.from(clients.serde(), false).newClient();
    }

    @Bean
    Topology dashboardTopology(KafkaClients clients, SchemaRegistryClient registry) {
        SerdeConfig config = SerdeConfig.from(clients.serde(), false);
        return DashboardTopology.build(
                new StreamsBuilder(),
                avro(registry, config),
                avro(registry, config),
                avro(registry, config),
                avro(registry, config));
    }

    @Bean
    StreamsApplication streamsApplication(
            @Qualifier("dashboardTopology") Topology topology,
            KafkaClients clients,
            DashboardSettings settings,
            DeadLetters deadLetters) {
        Properties config = new Properties();
        config.putAll(clients.streams());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        // every count de-duplicated by message id, and each store update committed with its offsets
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(
                StreamsConfig.STATE_DIR_CONFIG,
                settings.stateDir().toAbsolutePath().toString());
        // a party onboarded later is found within this time by the pattern subscription
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.METADATA_MAX_AGE_CONFIG), 10_000);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // every party's topics are read (hundreds of partitions): 1000 records buffered per
        // partition would take more heap than the figures' snapshot, on a small heap
        config.putIfAbsent(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, 100);
        // likewise a fetch of 50 MB (the default), and the next one prefetched, on a 384 MB heap:
        // the stream thread is slower than 8 MB a fetch anyway
        config.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 8 * 1024 * 1024);
        // exactly-once commits every 100 ms by default: each commit flushes every cache and ends a
        // transaction on every task. Once a second keeps the figures live and lets the caches
        // absorb a catch-up's bursts (operators may set both in the client properties)
        config.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1_000);
        config.putIfAbsent(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 32L * 1024 * 1024);
        // a task reads partition p of every party's topics: by default it waits for data on each
        // of them that is known to have some, to process in timestamp order across them. The
        // lifecycles are built to take messages in any order (out-of-order tests), so never wait
        config.putIfAbsent(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        // a record that cannot be read goes to coop.dashboard.dlt, and the partition moves on
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetteringHandler.class);
        config.put(DeadLetteringHandler.DEAD_LETTERS, deadLetters);
        return new StreamsApplication(topology, config);
    }

    @Bean
    StreamsHealth streamsHealth(StreamsApplication streams) {
        return new StreamsHealth(streams);
    }

    @Bean
    SnapshotRefresher snapshotRefresher(StreamsApplication streams, DashboardSettings settings) {
        return new SnapshotRefresher(
                streams, new StreamsStores(streams), settings.refreshInterval(), Clock.systemUTC());
    }

    /**
     * The gateways' lags come from another bean when there is one (the broker poller); without it
     * the figures start all the same, with no gateway polled.
     */
    @Bean
    Figures figures(
            StreamsApplication streams,
            SnapshotRefresher snapshots,
            ObjectProvider<GatewayLags> lags,
            DashboardSettings settings) {
        GatewayLags polled = () -> {
            GatewayLags poller = lags.getIfUnique();
            return poller == null ? Map.of() : poller.current();
        };
        return new Figures(new StreamsStores(streams), snapshots, polled, settings.alertBefore(), Clock.systemUTC());
    }

    private static <T extends SpecificRecord> Serde<T> avro(SchemaRegistryClient registry, SerdeConfig config) {
        return new PreparedSerde<>(
                new CoopAvroSerializer<>(registry, config, false), new CoopAvroDeserializer<>(registry, config));
    }

    /**
     * Configured already, with the shared registry client: Kafka Streams must not reconfigure it
     * from the client properties (which would replace the client).
     */
    private static final class PreparedSerde<T extends SpecificRecord> extends CoopAvroSerde<T> {

        PreparedSerde(CoopAvroSerializer<T> serializer, CoopAvroDeserializer<T> deserializer) {
            super(serializer, deserializer);
        }

        @Override
        public void configure(Map<String, ?> configs, boolean isKey) {}
    }
}
