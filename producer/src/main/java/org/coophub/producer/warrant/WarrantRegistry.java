package org.coophub.producer.warrant;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coophub.producer.outbox.Outbox;
import org.coophub.producer.system.FieldProblem;
import org.coophub.producer.system.NotFound;
import org.coophub.producer.system.RequestConflict;
import org.coophub.producer.system.RequestRejected;
import org.coophub.schemas.Topics;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Records warrants and their events, each queued in the outbox in the same transaction. */
@Service
class WarrantRegistry {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Validator beans;
    private final JsonMapper json;
    private final Clock clock;

    WarrantRegistry(
            JdbcClient jdbc,
            Outbox outbox,
            TransactionTemplate transactions,
            Validator beans,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.transactions = transactions;
        this.beans = beans;
        this.json = json;
        this.clock = clock;
    }

    /** Registers a warrant and sends ISSUED; {@code null} when the same warrant was already registered. */
    WarrantForms.Recorded issue(WarrantForms.Issued warrant) {
        check(beans.validate(warrant).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
        String body = json.writeValueAsString(warrant);
        var existing = jdbc.sql("select body from warrant where warrant_id = ?")
                .param(warrant.warrantId())
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            if (!existing.get().equals(body)) {
                throw new RequestConflict(
                        "Warrant " + warrant.warrantId() + " is already registered with other content");
            }
            return null;
        }
        Instant now = now();
        return transactions.execute(status -> {
            jdbc.sql("insert into warrant (warrant_id, person_reference, body, recorded_at) values (?, ?, ?, ?)")
                    .params(warrant.warrantId(), warrant.personReference(), body, now.toEpochMilli())
                    .update();
            var event = WarrantEvent.newBuilder()
                    .setKind(WarrantEventKind.ISSUED)
                    .setOccurredAt(Objects.requireNonNullElse(warrant.issuedAt(), now))
                    .setParty(null)
                    .setNote(null);
            return queue(warrant, event, now);
        });
    }

    WarrantForms.Recorded record(String warrantId, WarrantForms.Event form) {
        check(beans.validate(form).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList());
        String body = jdbc.sql("select body from warrant where warrant_id = ?")
                .param(warrantId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("No warrant " + warrantId + " is registered"));
        WarrantForms.Issued warrant = json.readValue(body, WarrantForms.Issued.class);
        Instant now = now();
        return transactions.execute(status -> queue(
                warrant,
                WarrantEvent.newBuilder()
                        .setKind(form.kind())
                        .setOccurredAt(Objects.requireNonNullElse(form.occurredAt(), now))
                        .setParty(form.party())
                        .setNote(form.note()),
                now));
    }

    private WarrantForms.Recorded queue(WarrantForms.Issued warrant, WarrantEvent.Builder event, Instant now) {
        String messageId = UUID.randomUUID().toString();
        boolean sealed =
                warrant.underSeal() && !unsealed(warrant.warrantId()) && event.getKind() != WarrantEventKind.UNSEALED;
        WarrantEvent record = event.setMessageId(messageId)
                .setWarrantId(warrant.warrantId())
                .setRecordedAt(now)
                .setPersonReference(warrant.personReference())
                // the name only travels once the warrant is public
                .setPersonName(sealed ? null : warrant.personName())
                .setSituation(warrant.situation())
                .setCaseReference(warrant.caseReference())
                .setUnderSeal(sealed)
                .build();
        jdbc.sql("insert into warrant_event (message_id, warrant_id, kind, recorded_at) values (?, ?, ?, ?)")
                .params(messageId, warrant.warrantId(), record.getKind().name(), now.toEpochMilli())
                .update();
        outbox.enqueue(
                UUID.randomUUID().toString(),
                now,
                now,
                new Outbox.Entry(Topics.COURT_WARRANTS, warrant.warrantId(), messageId, record));
        return new WarrantForms.Recorded(warrant.warrantId(), record.getKind().name(), messageId, now);
    }

    private boolean unsealed(String warrantId) {
        return jdbc.sql("select count(*) from warrant_event where warrant_id = ? and kind = 'UNSEALED'")
                        .param(warrantId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems.stream().sorted().toList());
        }
    }
}
