package org.coophub.dashboard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.coophub.dashboard.lifecycle.FigureCell;
import org.coophub.dashboard.lifecycle.Histogram;
import org.coophub.dashboard.lifecycle.OpenRequest;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.dashboard.warrant.WarrantState;
import org.coophub.schemas.directory.PartyProfile;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

    private static final Instant NOW = Instant.parse("2018-03-01T12:00:00Z");

    private static FigureCell cell(long dispatched, long open, long hoursToAcknowledge) {
        Histogram acknowledge = Histogram.EMPTY.with(
                Duration.ofHours(hoursToAcknowledge).toMillis(), FigureCell.ACKNOWLEDGE_CEILING, 1);
        return new FigureCell(dispatched, 1, 0, 0, 0, 0, 0, 0, 0, open, Map.of(), acknowledge, null, null, null);
    }

    @Test
    void sumsAKeyThatSeveralTasksHold() {
        // the store's all() over the local tasks returns a key once per task that holds it
        Stores stores = new Stores(List.of(
                KeyValue.pair("FRA|OTHER|2017-10", cell(2, 1, 2)),
                KeyValue.pair("DEU|OTHER|2017-10", cell(1, 1, 7)),
                KeyValue.pair("FRA|OTHER|2017-10", cell(3, 2, 5))));

        Snapshot snapshot = SnapshotBuilder.build(stores, NOW);
        Figures figures = new Figures(stores, () -> snapshot, Map::of, Duration.ofDays(7), java.time.Clock.systemUTC());

        assertThat(snapshot.cellCount()).isEqualTo(2);
        assertThat(snapshot.asOf()).isEqualTo(NOW);
        Summary france = figures.summary(new Filter("FRA", null, null, null, null));
        assertThat(france.requests()).isEqualTo(5);
        assertThat(france.openRequests()).isEqualTo(3);
        assertThat(france.medianHoursToAcknowledge()).isEqualTo(3.5);
        assertThat(france.asOf()).isEqualTo(NOW);
        assertThat(figures.summary().requests()).isEqualTo(6);
        assertThat(figures.summary()).as("computed once per snapshot").isSameAs(figures.summary());
    }

    /** Stores with only figure cells, which may repeat a key as the stores of several tasks do. */
    private record Stores(List<KeyValue<String, FigureCell>> cells) implements DashboardStores {

        @Override
        public ReadOnlyKeyValueStore<String, RequestLifecycle> requests() {
            return new Store<>(List.of());
        }

        @Override
        public ReadOnlyKeyValueStore<String, OpenRequest> openRequests() {
            return new Store<>(List.of());
        }

        @Override
        public ReadOnlyKeyValueStore<String, FigureCell> figures() {
            return new Store<>(cells);
        }

        @Override
        public ReadOnlyKeyValueStore<String, WarrantState> warrants() {
            return new Store<>(List.of());
        }

        @Override
        public ReadOnlyKeyValueStore<String, PartyProfile> directory() {
            return new Store<>(List.of());
        }
    }

    private record Store<V>(List<KeyValue<String, V>> entries) implements ReadOnlyKeyValueStore<String, V> {

        @Override
        public V get(String key) {
            return entries.stream()
                    .filter(entry -> entry.key.equals(key))
                    .map(entry -> entry.value)
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public KeyValueIterator<String, V> range(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyValueIterator<String, V> all() {
            Iterator<KeyValue<String, V>> iterator = entries.iterator();
            return new KeyValueIterator<>() {
                @Override
                public void close() {}

                @Override
                public String peekNextKey() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public KeyValue<String, V> next() {
                    return iterator.next();
                }
            };
        }

        @Override
        public long approximateNumEntries() {
            return entries.size();
        }
    }
}
