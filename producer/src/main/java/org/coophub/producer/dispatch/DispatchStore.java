package org.coophub.producer.dispatch;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests dispatched, one row each, keyed by request id. */
@Repository
public class DispatchStore {

    private static final String COLUMNS = "request_id, addressee, revision, coordination_id, content_sha256,"
            + " message_id, dispatched_at, not_before, status, body";

    private final JdbcClient jdbc;

    DispatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredRequest> find(String requestId) {
        return jdbc.sql("select " + COLUMNS + " from cooperation_request where request_id = ?")
                .param(requestId)
                .query((rs, n) -> new StoredRequest(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Instant.ofEpochMilli(rs.getLong(7)),
                        Instant.ofEpochMilli(rs.getLong(8)),
                        rs.getInt(9),
                        rs.getString(10)))
                .optional();
    }

    /** Inserts a new request; a {@code DuplicateKeyException} if the id was taken meanwhile. */
    void insert(StoredRequest request, String requestType) {
        jdbc.sql("insert into cooperation_request (" + COLUMNS
                        + ", request_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        request.requestId(),
                        request.addressee(),
                        request.revision(),
                        request.coordinationId(),
                        request.contentSha256(),
                        request.messageId(),
                        request.dispatchedAt().toEpochMilli(),
                        request.notBefore().toEpochMilli(),
                        request.status(),
                        request.body(),
                        requestType)
                .update();
    }

    /** Records a new revision of the content (a clarification or supplement). */
    public void revise(String requestId, int revision, String body) {
        jdbc.sql("update cooperation_request set revision = ?, body = ? where request_id = ?")
                .params(revision, body, requestId)
                .update();
    }

    public boolean coordinationUsed(String coordinationId) {
        return jdbc.sql("select count(*) from cooperation_request where coordination_id = ?")
                        .param(coordinationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long nextNumber() {
        return jdbc.sql("select next value for request_number")
                .query(Long.class)
                .single();
    }
}
