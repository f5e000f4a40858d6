package org.coophub.registry.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the schemas topic exists with one partition and compaction: one partition because
 * the order of the records is the order of registrations, compaction because the latest record
 * per key is the state.
 */
final class SchemasTopic {

    private static final Logger log = LoggerFactory.getLogger(SchemasTopic.class);

    private SchemasTopic() {}

    static void ensure(Map<String, Object> adminProperties, String topic, short replicationFactor, long timeoutMs)
            throws InterruptedException, ExecutionException, TimeoutException {
        Admin admin = Admin.create(adminProperties);
        try {
            TopicDescription description = describe(admin, topic, timeoutMs);
            if (description == null) {
                create(admin, topic, replicationFactor, timeoutMs);
                return;
            }
            if (description.partitions().size() != 1) {
                throw new IllegalStateException("Topic %s must have exactly one partition, it has %d"
                        .formatted(topic, description.partitions().size()));
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource))
                    .all()
                    .get(timeoutMs, TimeUnit.MILLISECONDS)
                    .get(resource);
            String policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
                log.warn("Topic {} has cleanup.policy={}, not compact: old schemas may be lost", topic, policy);
            }
        } finally {
            // close() alone would wait for pending calls up to default.api.timeout.ms (a minute)
            admin.close(Duration.ofMillis(timeoutMs));
        }
    }

    private static TopicDescription describe(Admin admin, String topic, long timeoutMs)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(timeoutMs, TimeUnit.MILLISECONDS)
                    .get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return null;
            }
            throw e;
        }
    }

    private static void create(Admin admin, String topic, short replicationFactor, long timeoutMs)
            throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic newTopic = new NewTopic(topic, 1, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(newTopic)).all().get(timeoutMs, TimeUnit.MILLISECONDS);
            log.info(
                    "Created schemas topic {} (1 partition, replication factor {}, compacted)",
                    topic,
                    replicationFactor);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
