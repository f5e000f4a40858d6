package org.coophub.dashboard.responsiveness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.coophub.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the broker with the Admin client every {@link GatewaySettings#pollInterval()}: the topics
 * {@code coop.<P>.requests}, the committed offsets of each group {@code gateway-<P>} (one batched
 * call) and the topics' end offsets (one call), then publishes an immutable map. A failed poll keeps
 * the last good map (and its {@code polledAt}) and is logged once per distinct failure; the next
 * poll runs as scheduled. Each party's offset lag is the gauge {@value #LAG_GAUGE}.
 */
public final class GatewayLagPoller implements GatewayLags, SmartLifecycle {

    static final String LAG_GAUGE = "coophub.dashboard.gateway.offset.lag";
    static final String GROUP_PREFIX = "gateway-";

    private static final Logger log = LoggerFactory.getLogger(GatewayLagPoller.class);

    private final Map<String, Object> adminConfig;
    private final GatewaySettings settings;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();

    private volatile Map<String, GatewayLag> current = Map.of();
    private volatile String lastFailure;
    private Admin admin;
    private ScheduledExecutorService scheduler;

    /**
     * @param adminConfig the Admin client's configuration (bootstrap servers and credentials)
     */
    public GatewayLagPoller(
            Map<String, Object> adminConfig, GatewaySettings settings, MeterRegistry meters, Clock clock) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public Map<String, GatewayLag> current() {
        return current;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || scheduler != null) {
            return;
        }
        admin = Admin.create(adminConfig);
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gateway-lag-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(
                () -> pollSafely(admin), 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The gateway lag poller did not stop within {}", settings.timeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
        scheduler = null;
        admin = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** One poll; on failure the last good map stays. */
    void pollSafely(Admin admin) {
        try {
            current = poll(admin);
            if (lastFailure != null) {
                log.info("Gateway lags polled again after a failure");
                lastFailure = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // never rethrown: a scheduled task that throws is never run again
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            String failure = cause.getClass().getName() + ": " + cause.getMessage();
            if (!failure.equals(lastFailure)) {
                log.warn("Cannot poll the gateways' offsets (keeping the poll of {}): {}", polledAt(), failure);
                lastFailure = failure;
            } else {
                log.debug("Cannot poll the gateways' offsets, again: {}", failure);
            }
        }
    }

    private Instant polledAt() {
        return current.values().stream().map(GatewayLag::polledAt).findFirst().orElse(null);
    }

    /** One poll: committed offsets first, then end offsets, so an end is never behind its commit. */
    private Map<String, GatewayLag> poll(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        long timeoutMs = settings.timeout().toMillis();
        Map<String, String> topicsByParty = new TreeMap<>();
        for (String topic : get(admin.listTopics(new ListTopicsOptions().timeoutMs((int) timeoutMs))
                .names())) {
            Matcher matcher = Topics.ALL_REQUESTS.matcher(topic);
            if (matcher.matches()) {
                topicsByParty.put(matcher.group(1), topic);
            }
        }
        if (topicsByParty.isEmpty()) {
            return publish(Map.of());
        }
        Map<String, TopicDescription> descriptions =
                get(admin.describeTopics(topicsByParty.values(), new DescribeTopicsOptions().timeoutMs((int) timeoutMs))
                        .allTopicNames());

        Map<String, List<TopicPartition>> partitionsByParty = new HashMap<>();
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topicsByParty.forEach((party, topic) -> {
            List<TopicPartition> partitions = new ArrayList<>();
            descriptions.get(topic).partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            partitionsByParty.put(party, partitions);
            specs.put(GROUP_PREFIX + party, new ListConsumerGroupOffsetsSpec().topicPartitions(partitions));
            partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        });

        ListConsumerGroupOffsetsResult offsets =
                admin.listConsumerGroupOffsets(specs, new ListConsumerGroupOffsetsOptions().timeoutMs((int) timeoutMs));
        Map<String, Map<Integer, Long>> committedByParty = new HashMap<>();
        for (String party : topicsByParty.keySet()) {
            committedByParty.put(party, committed(offsets.partitionsToOffsetAndMetadata(GROUP_PREFIX + party)));
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends =
                get(admin.listOffsets(latest, new ListOffsetsOptions().timeoutMs((int) timeoutMs))
                        .all());

        Instant polledAt = clock.instant();
        Map<String, GatewayLag> lags = new TreeMap<>();
        partitionsByParty.forEach((party, partitions) -> {
            Map<Integer, Long> endOffsets = new HashMap<>();
            partitions.forEach(tp -> endOffsets.put(tp.partition(), ends.get(tp).offset()));
            lags.put(party, LagComputation.of(party, committedByParty.get(party), endOffsets, polledAt));
        });
        return publish(lags);
    }

    private Map<Integer, Long> committed(KafkaFuture<Map<TopicPartition, OffsetAndMetadata>> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> offsets;
        try {
            offsets = get(future);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Map.of();
            }
            throw e;
        }
        Map<Integer, Long> committed = new HashMap<>();
        // a partition the group has no offset for comes back with a null value
        offsets.forEach((tp, offset) -> {
            if (offset != null) {
                committed.put(tp.partition(), offset.offset());
            }
        });
        return committed;
    }

    private Map<String, GatewayLag> publish(Map<String, GatewayLag> lags) {
        lags.keySet().forEach(this::gauge);
        return Collections.unmodifiableMap(lags);
    }

    private void gauge(String party) {
        if (gauged.add(party)) {
            Gauge.builder(LAG_GAUGE, this, poller -> poller.lagOf(party))
                    .description("Records on coop.<P>.requests past the offsets the gateway-<P> group committed"
                            + " (transaction markers included); NaN when the topic is gone")
                    .tag("party", party)
                    .register(meters);
        }
    }

    private double lagOf(String party) {
        GatewayLag lag = current.get(party);
        return lag == null ? Double.NaN : lag.offsetLag();
    }

    private <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
