package org.coophub.dashboard;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.coophub.dashboard.directory.Directory;
import org.coophub.dashboard.lifecycle.RequestLifecycles;
import org.coophub.dashboard.warrant.Warrants;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.warrant.WarrantEvent;

/**
 * The dashboard's whole topology, as a pure function: it describes, it starts nothing. The stores
 * it names ({@link RequestLifecycles#STORE}, {@link Warrants#STORE}, {@link Directory#STORE}) are
 * what the API queries.
 */
public final class DashboardTopology {

    private DashboardTopology() {}

    public static Topology build(
            StreamsBuilder builder,
            Serde<CourtMessage> court,
            Serde<PartyMessage> party,
            Serde<WarrantEvent> warrants,
            Serde<PartyProfile> directory) {
        RequestLifecycles.addTo(builder, court, party);
        Warrants.addTo(builder, warrants);
        Directory.addTo(builder, directory);
        return builder.build();
    }
}
