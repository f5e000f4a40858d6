package org.coophub.cli.court;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.coophub.cli.hub.HubException;
import org.coophub.schemas.Topics;

/** Creates topics that are missing; an existing topic is left as it is (partitions, configuration). */
public final class CourtTopics {

    /** Arrest-warrant events, spread over three partitions like a party's topics. */
    static final int WARRANT_PARTITIONS = 3;

    private CourtTopics() {}

    /** {@code coop.court.warrants} and the compacted, single-partition {@code coop.directory}. */
    public static List<NewTopic> courtTopics() {
        return List.of(
                new NewTopic(Topics.COURT_WARRANTS, Optional.of(WARRANT_PARTITIONS), Optional.empty()),
                // one partition: the directory is small and its readers want one total order
                new NewTopic(Topics.DIRECTORY, Optional.of(1), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    }

    /** Creates whichever of {@code wanted} do not exist yet, in one request; returns the names created. */
    public static List<String> createMissing(Admin admin, List<NewTopic> wanted) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = new ArrayList<NewTopic>();
            for (NewTopic topic : wanted) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (missing.isEmpty()) {
                return List.of();
            }
            var created = new ArrayList<String>();
            var results = admin.createTopics(missing).values();
            for (var result : results.entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                    created.add(result.getKey());
                } catch (ExecutionException e) {
                    // a concurrent onboarding created it meanwhile: that is what we wanted
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new HubException("creating topics failed: " + (e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while creating topics");
        }
    }
}
