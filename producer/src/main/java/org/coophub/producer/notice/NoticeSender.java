package org.coophub.producer.notice;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coophub.producer.dispatch.DispatchStore;
import org.coophub.producer.dispatch.Dispatcher;
import org.coophub.producer.dispatch.RequestForm;
import org.coophub.producer.dispatch.RequestMapper;
import org.coophub.producer.dispatch.RequestValidator;
import org.coophub.producer.dispatch.StoredRequest;
import org.coophub.producer.outbox.Outbox;
import org.coophub.producer.system.FieldProblem;
import org.coophub.producer.system.NotFound;
import org.coophub.producer.system.RequestConflict;
import org.coophub.producer.system.RequestRejected;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.CourtNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Validates a notice, records it (and the new revision), and queues it in one transaction. */
@Service
class NoticeSender {

    private final DispatchStore store;
    private final Dispatcher dispatcher;
    private final RequestValidator validator;
    private final Validator beans;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticeSender(
            DispatchStore store,
            Dispatcher dispatcher,
            RequestValidator validator,
            Validator beans,
            Outbox outbox,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.validator = validator;
        this.beans = beans;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    NoticeResult send(String requestId, NoticeForm notice) {
        StoredRequest stored =
                store.find(requestId).orElseThrow(() -> new NotFound("No request " + requestId + " was dispatched"));
        if (notice.noticeId() != null) {
            var replay = replay(requestId, notice);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        beans.validate(notice)
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        boolean amends = notice.amendedContents() != null;
        RequestForm current = dispatcher.parse(stored.body());
        RequestForm amended = amends ? current.withContents(notice.amendedContents()) : current;
        if (amends) {
            if (notice.kind() != NoticeForm.NoticeKind.CLARIFICATION
                    && notice.kind() != NoticeForm.NoticeKind.SUPPLEMENT) {
                problems.add(
                        new FieldProblem("amendedContents", "only a clarification or supplement amends a request"));
            } else {
                problems.addAll(validator.problems(amended, "amendedRequest.").stream()
                        .filter(p -> !p.field().equals("amendedRequest.dueBy")) // the original due date may have passed
                        .toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems.stream().sorted().toList());
        }
        int revision = amends ? stored.revision() + 1 : stored.revision();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // never ahead of an embargoed request: the notice would reach the party before the request
        Instant notBefore = stored.notBefore().isAfter(now) ? stored.notBefore() : now;
        String messageId = notice.noticeId() != null
                ? notice.noticeId()
                : UUID.randomUUID().toString();
        CourtMessage message = CourtMessage.newBuilder()
                .setMessageId(messageId)
                .setRequestId(requestId)
                .setAddressee(stored.addressee())
                .setKind(CourtMessageKind.valueOf(notice.kind().name()))
                .setSentAt(now)
                .setNotice(CourtNotice.newBuilder()
                        .setRevision(revision)
                        .setText(notice.text())
                        .setResponseDueBy(notice.responseDueBy())
                        .setAmendedRequest(
                                amends ? RequestMapper.toRecord(amended, revision, stored.coordinationId(), now) : null)
                        .build())
                .build();
        transactions.executeWithoutResult(status -> {
            if (amends) {
                store.revise(requestId, revision, dispatcher.toJson(amended));
            }
            jdbc.sql("insert into court_notice (message_id, request_id, kind, revision, sent_at, body)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(messageId, requestId, notice.kind().name(), revision, now.toEpochMilli(), notice.text())
                    .update();
            outbox.enqueue(
                    UUID.randomUUID().toString(),
                    notBefore,
                    now,
                    new Outbox.Entry(Topics.requests(stored.addressee()), requestId, messageId, message));
        });
        return new NoticeResult(requestId, notice.kind().name(), revision, messageId, now);
    }

    /** The notice already recorded under this id, if the same; 409 if the id was used otherwise. */
    private java.util.Optional<NoticeResult> replay(String requestId, NoticeForm notice) {
        return jdbc.sql("select request_id, kind, revision, sent_at, body from court_notice where message_id = ?")
                .param(notice.noticeId())
                .query((rs, n) -> {
                    boolean same = rs.getString(1).equals(requestId)
                            && rs.getString(2).equals(notice.kind().name())
                            && rs.getString(5).equals(notice.text());
                    if (!same) {
                        throw new RequestConflict(
                                "Notice " + notice.noticeId() + " was already sent with other content");
                    }
                    return new NoticeResult(
                            requestId,
                            rs.getString(2),
                            rs.getInt(3),
                            notice.noticeId(),
                            Instant.ofEpochMilli(rs.getLong(4)));
                })
                .optional();
    }
}
