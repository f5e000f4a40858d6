package org.coophub.cli.simulation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.Deserializer;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.ReceiptAcknowledgement;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.response.StatusUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated national authority: reads {@code coop.<P>.requests} with its own party's
 * credentials and answers on {@code coop.<P>.responses} along its {@link AuthorityProfile}.
 *
 * <p>Not thread-safe: one thread at a time calls {@link #start()} then {@link #cycle(Instant)}.
 * Partitions are assigned, not subscribed (no group membership, so ~120 authorities never
 * rebalance), positioned at group {@code gateway-P}'s committed offsets, else the earliest. An
 * offset is committed to that group once every receipt for the records before it is sent: the
 * dashboard's "not yet received" lag then counts exactly what the authority has not acknowledged,
 * and a party that never answers shows its whole backlog. Imported records (history) and notices
 * pass at once. Scheduled status updates live in memory: a restart loses those still pending.
 */
final class Authority implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Authority.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final Duration IDLE_PRODUCER = Duration.ofMinutes(1);

    private final String party;
    private final AuthorityProfile profile;
    private final Consumer<String, byte[]> consumer;
    private final Supplier<Producer<String, PartyMessage>> producers;
    private final Deserializer<CourtMessage> deserializer;
    private final Duration day;
    private final Clock clock;
    private final Tally.Counts counts;
    private final String topic;

    private final PriorityQueue<Pending> pending =
            new PriorityQueue<>(Comparator.comparing(Pending::dueAt).thenComparingLong(Pending::sequence));
    private final Map<String, List<Pending>> pendingByRequest = new HashMap<>();
    /** Offsets whose receipt is not sent yet, per partition: the commit stops at the first. */
    private final Map<TopicPartition, TreeSet<Long>> awaitingReceipt = new HashMap<>();

    private final List<TopicPartition> assigned = new ArrayList<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private Producer<String, PartyMessage> producer;
    private long lastSendNanos;
    private long sequence;
    private volatile boolean started;

    /** A message due at {@code dueAt}; mutable so that a reminder can bring it forward. */
    private static final class Pending {
        final String requestId;
        final int revision;
        final int index;
        final Answer answer;
        final TopicPartition partition;
        final long offset;
        final String sha256;
        final Instant receivedAt;
        final long sequence;
        Instant dueAt;

        Pending(
                String requestId,
                int revision,
                int index,
                Answer answer,
                TopicPartition partition,
                long offset,
                String sha256,
                Instant receivedAt,
                long sequence,
                Instant dueAt) {
            this.requestId = requestId;
            this.revision = revision;
            this.index = index;
            this.answer = answer;
            this.partition = partition;
            this.offset = offset;
            this.sha256 = sha256;
            this.receivedAt = receivedAt;
            this.sequence = sequence;
            this.dueAt = dueAt;
        }

        Instant dueAt() {
            return dueAt;
        }

        long sequence() {
            return sequence;
        }
    }

    Authority(
            AuthorityProfile profile,
            Consumer<String, byte[]> consumer,
            Supplier<Producer<String, PartyMessage>> producers,
            Deserializer<CourtMessage> deserializer,
            Duration day,
            Clock clock,
            Tally.Counts counts) {
        this.party = profile.party();
        this.profile = profile;
        this.consumer = consumer;
        this.producers = producers;
        this.deserializer = deserializer;
        this.day = day;
        this.clock = clock;
        this.counts = counts;
        this.topic = Topics.requests(party);
    }

    String party() {
        return party;
    }

    boolean started() {
        return started;
    }

    /** Assigns every partition of the party's requests topic and positions the consumer on each. */
    void start() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(15));
        if (infos == null || infos.isEmpty()) {
            throw new KafkaException("no partitions for " + topic + " (not onboarded yet?)");
        }
        List<TopicPartition> partitions = infos.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> offsets =
                consumer.committed(Set.copyOf(partitions), Duration.ofSeconds(15));
        var fresh = new ArrayList<TopicPartition>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = offsets.get(partition);
            if (offset == null) {
                fresh.add(partition);
            } else {
                consumer.seek(partition, offset.offset());
                committed.put(partition, offset.offset());
            }
        }
        if (!fresh.isEmpty()) {
            consumer.seekToBeginning(fresh); // an empty list would mean every assigned partition
        }
        for (TopicPartition partition : partitions) {
            consumer.position(partition, Duration.ofSeconds(15)); // resolves a seek to the beginning now
        }
        assigned.addAll(partitions);
        started = true;
        log.info(
                "{} authority started on {} partition(s) of {} ({}; ack median {} days{}{})",
                party,
                partitions.size(),
                topic,
                profile.group(),
                String.format("%.1f", profile.medianAckDays()),
                profile.slow() ? ", slow" : "",
                profile.neverAnswers() ? ", never answers" : "");
    }

    /** Reads what arrived, sends what is due, commits what is acknowledged. Never blocks on an empty topic. */
    void cycle(Instant now) {
        var retryLater = new HashSet<TopicPartition>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ZERO)) {
            var partition = new TopicPartition(record.topic(), record.partition());
            if (retryLater.contains(partition)) {
                continue; // read again after the seek below
            }
            if (!receive(record, now)) {
                retryLater.add(partition);
                consumer.seek(partition, record.offset());
            }
        }
        sendDue(now);
        commit();
        closeIdleProducer();
    }

    /**
     * Each producer holds a network thread: a party with nothing left to say closes its own after a
     * minute, so that the threads follow the parties busy answering, not all of them.
     */
    private void closeIdleProducer() {
        if (producer != null && pending.isEmpty() && System.nanoTime() - lastSendNanos > IDLE_PRODUCER.toNanos()) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    /** @return false when the record must be read again later (the registry could not be reached) */
    private boolean receive(ConsumerRecord<String, byte[]> record, Instant now) {
        var partition = new TopicPartition(record.topic(), record.partition());
        if (record.value() == null) {
            return true;
        }
        CourtMessage message;
        try {
            message = deserializer.deserialize(record.topic(), record.headers(), record.value());
        } catch (RetriableException e) {
            log.warn(
                    "{} could not read offset {} of {} yet: {}; trying again",
                    party,
                    record.offset(),
                    partition,
                    e.toString());
            return false;
        } catch (RuntimeException e) {
            counts.failures.increment();
            log.warn(
                    "{} could not read offset {} of {}: {}; moved past it",
                    party,
                    record.offset(),
                    partition,
                    e.toString());
            return true;
        }
        if (message.getImported() != null) {
            counts.imported.increment(); // the past: its answers travel inside it
            return true;
        }
        String requestId = message.getRequestId();
        switch (message.getKind()) {
            case REQUEST -> {
                if (message.getRequest() != null) {
                    plan(message.getRequest(), partition, record, now);
                }
            }
            case CLARIFICATION, SUPPLEMENT -> {
                if (message.getNotice() != null && message.getNotice().getAmendedRequest() != null) {
                    cancel(requestId);
                    plan(message.getNotice().getAmendedRequest(), partition, record, now);
                }
            }
            case REMINDER -> hasten(requestId, now);
            case WITHDRAWAL -> {
                int cancelled = cancel(requestId);
                counts.withdrawn.increment();
                log.info("{} noted the withdrawal of {}; {} answer(s) cancelled", party, requestId, cancelled);
            }
            default -> {}
        }
        return true;
    }

    private void plan(
            CooperationRequest request, TopicPartition partition, ConsumerRecord<String, byte[]> record, Instant now) {
        String requestId = request.getRequestId();
        int revision = request.getRevision();
        counts.received.increment();
        List<Answer> answers = profile.answers(requestId, revision, request.getRequestType());
        log.info(
                "{} received {} revision {} ({}) at offset {}; {}",
                party,
                requestId,
                revision,
                request.getRequestType(),
                record.offset(),
                answers.isEmpty() ? "it will never answer" : answers.size() + " answer(s) planned");
        // no receipt planned (a party that never answers) holds the offset, so the lag shows it
        awaitingReceipt.computeIfAbsent(partition, p -> new TreeSet<>()).add(record.offset());
        String sha256 = sha256(record.value());
        var planned = new ArrayList<Pending>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            var entry = new Pending(
                    requestId,
                    revision,
                    i,
                    answer,
                    partition,
                    record.offset(),
                    sha256,
                    now,
                    sequence++,
                    now.plus(days(answer.afterDays())));
            planned.add(entry);
            pending.add(entry);
        }
        pendingByRequest.put(requestId, planned);
    }

    /** A reminder halves the time left before each answer still to come. */
    private void hasten(String requestId, Instant now) {
        List<Pending> entries = pendingByRequest.getOrDefault(requestId, List.of());
        for (Pending entry : entries) {
            if (pending.remove(entry)) {
                Duration left = Duration.between(now, entry.dueAt);
                if (!left.isNegative()) {
                    entry.dueAt = now.plus(left.dividedBy(2));
                }
                pending.add(entry);
            }
        }
        log.info("{} got a reminder about {}: {} answer(s) brought forward", party, requestId, entries.size());
    }

    private int cancel(String requestId) {
        List<Pending> entries = pendingByRequest.remove(requestId);
        if (entries == null) {
            return 0;
        }
        int cancelled = 0;
        for (Pending entry : entries) {
            if (pending.remove(entry)) {
                cancelled++;
                if (entry.answer.isReceipt()) {
                    releaseOffset(entry);
                }
            }
        }
        return cancelled;
    }

    private void sendDue(Instant now) {
        var receipts = new ArrayList<Map.Entry<Pending, Future<RecordMetadata>>>();
        while (!pending.isEmpty() && !pending.peek().dueAt.isAfter(now)) {
            Pending due = pending.poll();
            List<Pending> siblings = pendingByRequest.get(due.requestId);
            if (siblings != null) {
                siblings.remove(due);
                if (siblings.isEmpty()) {
                    pendingByRequest.remove(due.requestId);
                }
            }
            PartyMessage message = due.answer.isReceipt() ? receipt(due, now) : statusUpdate(due, now);
            Future<RecordMetadata> sent;
            try {
                sent = producer().send(new ProducerRecord<>(Topics.responses(party), due.requestId, message));
            } catch (KafkaException e) {
                retryLater(due, now, e);
                continue;
            }
            if (due.answer.isReceipt()) {
                receipts.add(Map.entry(due, sent));
                log.info("{} acknowledged {} revision {} (sha256 {})", party, due.requestId, due.revision, due.sha256);
            } else {
                counts.statusUpdates.increment();
                if (due.answer.isOutcome()) {
                    counts.answered.increment();
                }
                log.info(
                        "{} reported {} on {}{}",
                        party,
                        due.answer.status(),
                        due.requestId,
                        due.answer.legalBasis() == null ? "" : " (" + due.answer.legalBasis() + ")");
            }
        }
        if (receipts.isEmpty()) {
            return;
        }
        // the offsets move only past receipts the broker has: wait for them (one round trip)
        producer.flush();
        for (var receipt : receipts) {
            Pending due = receipt.getKey();
            try {
                receipt.getValue().get();
                releaseOffset(due);
                counts.acknowledged.increment();
            } catch (ExecutionException e) {
                retryLater(due, now, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                retryLater(due, now, e);
            }
        }
    }

    private void retryLater(Pending due, Instant now, Throwable cause) {
        counts.failures.increment();
        log.warn(
                "{} could not send its answer about {}: {}; retrying in a day", party, due.requestId, cause.toString());
        due.dueAt = now.plus(day);
        pending.add(due);
        pendingByRequest.computeIfAbsent(due.requestId, id -> new ArrayList<>()).add(due);
    }

    private void releaseOffset(Pending receipt) {
        TreeSet<Long> offsets = awaitingReceipt.get(receipt.partition);
        if (offsets != null) {
            offsets.remove(receipt.offset);
        }
    }

    private void commit() {
        var offsets = new HashMap<TopicPartition, OffsetAndMetadata>();
        assigned.forEach(partition -> {
            // the position, not the last offset + 1: it is past the court's transaction markers too
            long next = consumer.position(partition, Duration.ofSeconds(5));
            TreeSet<Long> waiting = awaitingReceipt.get(partition);
            long committable = waiting == null || waiting.isEmpty() ? next : waiting.first();
            if (committable > committed.getOrDefault(partition, -1L)) {
                offsets.put(partition, new OffsetAndMetadata(committable));
            }
        });
        if (offsets.isEmpty()) {
            return;
        }
        offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        consumer.commitAsync(offsets, (done, error) -> {
            if (error != null) {
                log.warn("{} could not commit {}: {}", party, done, error.toString());
                // committed again at the next cycle that moves
                offsets.keySet().forEach(committed::remove);
            }
        });
    }

    private PartyMessage receipt(Pending due, Instant now) {
        return PartyMessage.newBuilder()
                .setMessageId(messageId("receipt", due))
                .setRequestId(due.requestId)
                .setParty(party)
                .setKind(PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT)
                .setSentAt(now)
                .setReceipt(ReceiptAcknowledgement.newBuilder()
                        .setRevision(due.revision)
                        .setReceivedAt(due.receivedAt)
                        .setRequestSha256(due.sha256)
                        .build())
                .build();
    }

    private PartyMessage statusUpdate(Pending due, Instant now) {
        Answer answer = due.answer;
        LocalDate until = answer.status() == RequestStatus.POSTPONED
                ? LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(answer.postponedForDays())
                : null;
        return PartyMessage.newBuilder()
                .setMessageId(messageId("status-" + due.index, due))
                .setRequestId(due.requestId)
                .setParty(party)
                .setKind(PartyMessageKind.STATUS_UPDATE)
                .setSentAt(now)
                .setStatus(StatusUpdate.newBuilder()
                        .setRevision(due.revision)
                        .setStatus(answer.status())
                        .setLegalBasis(answer.legalBasis())
                        .setReasons(answer.reasons())
                        .setPostponedUntil(until)
                        .build())
                .build();
    }

    /** Deterministic, as a real gateway's receipt id is: a resent answer carries the same id. */
    private String messageId(String what, Pending due) {
        return UUID.nameUUIDFromBytes((what + ":" + party + ":" + due.requestId + ":" + due.revision)
                        .getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Producer<String, PartyMessage> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        lastSendNanos = System.nanoTime();
        return producer;
    }

    private Duration days(double days) {
        return Duration.ofNanos((long) (day.toNanos() * days));
    }

    static String sha256(byte[] value) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            consumer.close(Duration.ofSeconds(5));
        } finally {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }
}
