package org.coophub.gateway.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.response.RequestStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox table. Callers hold the transaction; every write here is one statement. */
@Repository
public class Inbox {

    private static final String COLUMNS = "request_id, revision, message_id, request_type, legal_basis, priority,"
            + " confidentiality, language, due_by, dispatched_at, received_at, value_sha256, status, status_reasons,"
            + " status_legal_basis, postponed_until, status_changed_at, payload_json, acknowledged_at, source_topic, source_partition, source_offset, withdrawn_at";

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a request once per (request id, revision).
     *
     * @return true if this call stored it, false if it was already there (a redelivery)
     */
    public boolean store(CourtMessage message, CooperationRequest request, ReceivedRecord received) {
        if (find(request.getRequestId(), request.getRevision()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO inbox_request (request_id, revision, message_id, request_type, legal_basis,"
                            + " priority, confidentiality, language, due_by, dispatched_at, received_at, value_sha256,"
                            + " payload_json, source_topic, source_partition, source_offset, status, status_changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            request.getRequestId(),
                            request.getRevision(),
                            message.getMessageId(),
                            request.getRequestType().name(),
                            request.getLegalBasis(),
                            request.getPriority().name(),
                            request.getConfidentiality().name(),
                            request.getLanguage(),
                            request.getDueBy(),
                            utc(request.getDispatchedAt()),
                            utc(received.receivedAt()),
                            received.valueSha256(),
                            message.toString(),
                            received.topic(),
                            received.partition(),
                            received.offset(),
                            RequestStatus.RECEIVED.name(),
                            utc(received.receivedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Stores a notice that does not change a request's content, once per message id. */
    public boolean storeNotice(CourtMessage message, ReceivedRecord received) {
        int found = jdbc.sql("SELECT COUNT(*) FROM court_notice WHERE message_id = ?")
                .param(message.getMessageId())
                .query(Integer.class)
                .single();
        if (found > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO court_notice (message_id, request_id, kind, revision, notice_text, received_at,"
                        + " value_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        message.getMessageId(),
                        message.getRequestId(),
                        message.getKind().name(),
                        message.getNotice().getRevision(),
                        message.getNotice().getText(),
                        utc(received.receivedAt()),
                        received.valueSha256())
                .update();
        if (message.getKind() == CourtMessageKind.WITHDRAWAL) {
            // every revision: the Court withdraws the request, not one version of it
            jdbc.sql("UPDATE inbox_request SET withdrawn_at = ? WHERE request_id = ? AND withdrawn_at IS NULL")
                    .params(utc(received.receivedAt()), message.getRequestId())
                    .update();
        }
        return true;
    }

    public Optional<InboxEntry> find(String requestId, int revision) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_request WHERE request_id = ? AND revision = ?")
                .params(requestId, revision)
                .query(Inbox::entry)
                .optional();
    }

    /** The latest revision of a request. */
    public Optional<InboxEntry> latest(String requestId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM inbox_request WHERE request_id = ? ORDER BY revision DESC")
                .param(requestId)
                .query(Inbox::entry)
                .list()
                .stream()
                .findFirst();
    }

    public List<InboxEntry> list(InboxFilter filter, LocalDate today) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM inbox_request r WHERE revision ="
                        + " (SELECT MAX(revision) FROM inbox_request l WHERE l.request_id = r.request_id)"
                        + " ORDER BY received_at DESC")
                .query(Inbox::entry)
                .list()
                .stream()
                .filter(entry -> filter.status() == null || entry.status() == filter.status())
                .filter(entry -> filter.type() == null
                        || entry.requestType().equals(filter.type().name()))
                .filter(entry -> filter.overdue() == null || entry.overdueOn(today) == filter.overdue())
                .toList();
    }

    public int count(String requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_request WHERE request_id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
    }

    /** Records the party's progress on a request's latest revision. */
    public void changeStatus(
            InboxEntry entry,
            RequestStatus status,
            String reasons,
            String legalBasis,
            LocalDate postponedUntil,
            Instant at) {
        jdbc.sql("UPDATE inbox_request SET status = ?, status_reasons = ?, status_legal_basis = ?,"
                        + " postponed_until = ?, status_changed_at = ? WHERE request_id = ? AND revision = ?")
                .params(
                        status.name(),
                        reasons,
                        legalBasis,
                        postponedUntil,
                        utc(at),
                        entry.requestId(),
                        entry.revision())
                .update();
    }

    /** Notes that the receipt for this revision is committed on Kafka; the first time wins. */
    public void acknowledged(String requestId, int revision, Instant at) {
        jdbc.sql("UPDATE inbox_request SET acknowledged_at = ? WHERE request_id = ? AND revision = ?"
                        + " AND acknowledged_at IS NULL")
                .params(utc(at), requestId, revision)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new InboxEntry(
                rs.getString("request_id"),
                rs.getInt("revision"),
                rs.getString("message_id"),
                rs.getString("request_type"),
                rs.getString("legal_basis"),
                rs.getString("priority"),
                rs.getString("confidentiality"),
                rs.getString("language"),
                rs.getObject("due_by", LocalDate.class),
                instant(rs, "dispatched_at"),
                instant(rs, "received_at"),
                rs.getString("value_sha256"),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getString("status_reasons"),
                rs.getString("status_legal_basis"),
                rs.getObject("postponed_until", LocalDate.class),
                instant(rs, "status_changed_at"),
                rs.getString("payload_json"),
                instant(rs, "acknowledged_at"),
                rs.getString("source_topic"),
                rs.getInt("source_partition"),
                rs.getLong("source_offset"),
                instant(rs, "withdrawn_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
