package org.coophub.dashboard.summary;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.coophub.dashboard.lifecycle.FigureCell;
import org.coophub.dashboard.lifecycle.OpenRequest;
import org.coophub.dashboard.lifecycle.RequestLifecycle;
import org.coophub.dashboard.warrant.WarrantState;
import org.coophub.schemas.directory.PartyProfile;

/**
 * The topology's stores as the figures read them: from the running application's interactive
 * queries, or from a {@code TopologyTestDriver} in the tests.
 */
public interface DashboardStores {

    ReadOnlyKeyValueStore<String, RequestLifecycle> requests();

    ReadOnlyKeyValueStore<String, OpenRequest> openRequests();

    ReadOnlyKeyValueStore<String, FigureCell> figures();

    ReadOnlyKeyValueStore<String, WarrantState> warrants();

    ReadOnlyKeyValueStore<String, PartyProfile> directory();
}
