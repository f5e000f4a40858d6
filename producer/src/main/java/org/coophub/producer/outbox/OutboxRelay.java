package org.coophub.producer.outbox;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.coophub.producer.system.ProducerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox batches, each in its own Kafka transaction, then marks them sent. A batch that
 * fails is aborted as a whole (a read_committed reader sees none of it) and retried next round.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, SpecificRecord> template;
    private final ObjectProvider<RelayProbe> probe;
    private final ProducerSettings settings;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;

    OutboxRelay(
            JdbcClient jdbc,
            KafkaTemplate<String, SpecificRecord> template,
            ObjectProvider<RelayProbe> probe,
            ProducerSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.probe = probe;
        this.settings = settings;
        this.clock = clock;
    }

    /** One round: every due batch, oldest first. Returns how many batches went out. */
    int relayDue() {
        List<String> batches = jdbc.sql("select batch_id from outbox where sent_at is null and not_before <= ?"
                        + " group by batch_id order by min(id) limit ?")
                .params(clock.millis(), settings.relayBatches())
                .query(String.class)
                .list();
        int sent = 0;
        // keys of batches held back this round: a later record with the same key (a notice about a
        // request not yet out) must not overtake it
        Set<String> held = new HashSet<>();
        for (String batch : batches) {
            List<OutboxRow> rows = rows(batch);
            List<String> keys =
                    rows.stream().map(row -> row.topic() + "/" + row.key()).toList();
            if (keys.stream().anyMatch(held::contains)) {
                held.addAll(keys);
                continue;
            }
            try {
                send(batch, rows);
                sent++;
            } catch (RuntimeException e) {
                // aborted as a whole; the rows stay unsent and are retried next round
                held.addAll(keys);
                log.warn("Outbox batch {} not sent, will retry: {}", batch, e.toString());
                log.debug("Outbox batch {} failure", batch, e);
            }
        }
        return sent;
    }

    private List<OutboxRow> rows(String batch) {
        return jdbc.sql("select id, batch_id, topic, message_key, message_id, record_type, payload"
                        + " from outbox where batch_id = ? and sent_at is null order by id")
                .param(batch)
                .query((rs, n) -> new OutboxRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBytes(7)))
                .list();
    }

    private void send(String batch, List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        RelayProbe hook = probe.getIfAvailable(() -> row -> {});
        template.executeInTransaction(operations -> {
            for (OutboxRow row : rows) {
                operations.send(row.topic(), row.key(), row.record());
                hook.afterSend(row);
            }
            return null;
        });
        // after the Kafka commit: a crash before this line resends the same records, same message ids
        jdbc.sql("update outbox set sent_at = ? where batch_id = ? and sent_at is null")
                .params(clock.millis(), batch)
                .update();
        log.debug("Outbox batch {} sent: {} record(s)", batch, rows.size());
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.relayInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::relaySafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void relaySafely() {
        try {
            relayDue();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
