package org.coophub.producer.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coophub.producer.outbox.Outbox;
import org.coophub.producer.system.FieldProblem;
import org.coophub.producer.system.RequestConflict;
import org.coophub.producer.system.RequestRejected;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatches requests: replay or conflict on a known id, else validate, then store the request and
 * its outbox record in one database transaction. Nothing invalid ever reaches the outbox.
 */
@Service
public class Dispatcher {

    /** Independent of the app's Jackson settings, so a stored hash stays valid across restarts. */
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    /** The answer, and whether it is new (201) or the original one replayed (200). */
    public record Outcome(DispatchResult result, boolean created) {}

    /**
     * One request of a batch: its outcome, or the {@link RequestRejected} or {@link
     * RequestConflict} that refused it.
     */
    public record Attempt(Outcome outcome, RuntimeException refusal) {}

    private final RequestValidator validator;
    private final DispatchStore store;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    Dispatcher(
            RequestValidator validator,
            DispatchStore store,
            Outbox outbox,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock) {
        this.validator = validator;
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    public Outcome dispatch(RequestForm posted) {
        Optional<DispatchResult> replay = replay(posted);
        if (replay.isPresent()) {
            return new Outcome(replay.get(), false);
        }
        List<FieldProblem> problems = validator.problems(posted, "");
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems);
        }
        RequestForm form = withAssignedId(posted);
        // the wire carries milliseconds: the stored answer must equal the replayed one
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            DispatchResult result = transactions.execute(
                    status -> record(form, UUID.randomUUID().toString(), null, now, now));
            return new Outcome(result, true);
        } catch (DuplicateKeyException raced) {
            // the same id posted twice at once: the other one won
            return replay(form).map(result -> new Outcome(result, false)).orElseThrow(() -> raced);
        }
    }

    /**
     * Dispatches many requests, each judged on its own (a replay, a refusal or a new dispatch), but
     * records the new ones together: one database transaction and one outbox batch, so they reach
     * Kafka in one transaction instead of one each. Every new one is committed to the database when
     * this returns. If an id was taken meanwhile (or appears twice), they are dispatched one by one.
     *
     * @return one attempt per form, in order
     */
    public List<Attempt> dispatchAll(List<RequestForm> forms) {
        List<Attempt> attempts = new ArrayList<>(Collections.nCopies(forms.size(), null));
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            RequestForm form = forms.get(i);
            try {
                Optional<DispatchResult> replay = replay(form);
                if (replay.isPresent()) {
                    attempts.set(i, new Attempt(new Outcome(replay.get(), false), null));
                    continue;
                }
                List<FieldProblem> problems = validator.problems(form, "");
                if (problems.isEmpty()) {
                    fresh.add(i);
                } else {
                    attempts.set(i, new Attempt(null, new RequestRejected(problems)));
                }
            } catch (RequestConflict conflict) {
                attempts.set(i, new Attempt(null, conflict));
            }
        }
        if (fresh.isEmpty()) {
            return attempts;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String batchId = UUID.randomUUID().toString();
        try {
            List<DispatchResult> results = transactions.execute(status -> fresh.stream()
                    .map(i -> record(withAssignedId(forms.get(i)), batchId, null, now, now))
                    .toList());
            for (int k = 0; k < fresh.size(); k++) {
                attempts.set(fresh.get(k), new Attempt(new Outcome(results.get(k), true), null));
            }
        } catch (DuplicateKeyException raced) {
            // nothing of this batch was recorded: one at a time, so each gets its own answer
            for (int i : fresh) {
                try {
                    attempts.set(i, new Attempt(dispatch(forms.get(i)), null));
                } catch (RequestRejected | RequestConflict refusal) {
                    attempts.set(i, new Attempt(null, refusal));
                }
            }
        }
        return attempts;
    }

    /**
     * The original answer if a request with this id was already dispatched with the same content.
     *
     * @throws RequestConflict if it was dispatched with other content
     */
    public Optional<DispatchResult> replay(RequestForm form) {
        if (form.requestId() == null) {
            return Optional.empty();
        }
        return store.find(form.requestId()).map(stored -> {
            if (!stored.contentSha256().equals(sha256(form))) {
                throw new RequestConflict("Request " + form.requestId()
                        + " was already dispatched with other content; use a notice to amend it");
            }
            return stored.result();
        });
    }

    public RequestForm withAssignedId(RequestForm form) {
        if (form.requestId() != null) {
            return form;
        }
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        return form.withRequestId(String.format("ICC-REQ-%d-%06d", year, store.nextNumber()));
    }

    /**
     * Stores a valid request and queues its {@code CourtMessage}; call inside a database
     * transaction. Requests recorded under one {@code batchId} reach Kafka in one transaction.
     */
    public DispatchResult record(
            RequestForm form, String batchId, String coordinationId, Instant notBefore, Instant now) {
        String messageId = UUID.randomUUID().toString();
        String body = json.writeValueAsString(form);
        RequestForm.Imported imported = form.imported();
        // an imported request was dispatched by the Registry back then; it is sent now all the same
        Instant dispatchedAt = imported == null ? now : imported.dispatchedAt().truncatedTo(ChronoUnit.MILLIS);
        String coordination = coordinationId == null && imported != null ? imported.coordinationId() : coordinationId;
        store.insert(
                new StoredRequest(
                        form.requestId(),
                        form.addressee(),
                        1,
                        coordination,
                        sha256(form),
                        messageId,
                        dispatchedAt,
                        notBefore,
                        201,
                        body),
                form.requestType().name());
        CourtMessage message = CourtMessage.newBuilder()
                .setMessageId(messageId)
                .setRequestId(form.requestId())
                .setAddressee(form.addressee())
                .setKind(CourtMessageKind.REQUEST)
                .setSentAt(notBefore)
                .setRequest(RequestMapper.toRecord(form, 1, coordination, dispatchedAt))
                .setImported(RequestMapper.imported(form))
                .build();
        outbox.enqueue(
                batchId,
                notBefore,
                now,
                new Outbox.Entry(Topics.requests(form.addressee()), form.requestId(), messageId, message));
        return new DispatchResult(form.requestId(), 1, form.addressee(), messageId, dispatchedAt);
    }

    /** The request as received, read back from the store. */
    public RequestForm parse(String body) {
        return json.readValue(body, RequestForm.class);
    }

    public String toJson(RequestForm form) {
        return json.writeValueAsString(form);
    }

    String sha256(RequestForm form) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
