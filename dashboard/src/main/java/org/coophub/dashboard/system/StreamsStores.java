package org.coophub.dashboard.system;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.coophub.dashboard.directory.Directory;
import org.coophub.dashboard.lifecycle.FigureCell;
import org.coophub.dashboard.lifecycle.OpenRequest;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.dashboard.lifecycle.RequestLifecycles;
import org.coophub.dashboard.summary.DashboardStores;
import org.coophub.dashboard.warrant.WarrantState;
import org.coophub.dashboard.warrant.Warrants;
import org.coophub.schemas.directory.PartyProfile;

/**
 * The running application's stores, by interactive query. Before the application is RUNNING a
 * query throws {@code InvalidStateStoreException}, which the API answers with 503.
 */
final class StreamsStores implements DashboardStores {

    private final StreamsApplication streams;

    StreamsStores(StreamsApplication streams) {
        this.streams = streams;
    }

    @Override
    public ReadOnlyKeyValueStore<String, RequestLifecycle> requests() {
        return streams.store(RequestLifecycles.STORE);
    }

    @Override
    public ReadOnlyKeyValueStore<String, OpenRequest> openRequests() {
        return streams.store(RequestLifecycles.OPEN_REQUESTS);
    }

    @Override
    public ReadOnlyKeyValueStore<String, FigureCell> figures() {
        return streams.store(RequestLifecycles.FIGURES);
    }

    @Override
    public ReadOnlyKeyValueStore<String, WarrantState> warrants() {
        return streams.store(Warrants.STORE);
    }

    @Override
    public ReadOnlyKeyValueStore<String, PartyProfile> directory() {
        return streams.store(Directory.STORE);
    }
}
