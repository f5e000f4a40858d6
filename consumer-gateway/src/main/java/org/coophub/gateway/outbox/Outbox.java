package org.coophub.gateway.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.coophub.schemas.response.PartyMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table. {@link #add} joins the caller's transaction. */
@Repository
public class Outbox {

    /** A message waiting for the relay. */
    record Pending(String messageId, String key, PartyMessage message) {}

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a message for {@code coop.<P>.responses}; key = request id, or the message id for none. */
    public void add(PartyMessage message, Instant at) {
        String key = message.getRequestId() != null ? message.getRequestId() : message.getMessageId();
        jdbc.sql("INSERT INTO outbox_message (message_id, message_key, payload, created_at) VALUES (?, ?, ?, ?)")
                .params(message.getMessageId(), key, encode(message), at.atOffset(ZoneOffset.UTC))
                .update();
    }

    List<Pending> pending(int limit) {
        return jdbc
                .sql("SELECT message_id, message_key, payload FROM outbox_message WHERE sent_at IS NULL"
                        + " ORDER BY created_at, message_id")
                .query((rs, row) -> new Pending(
                        rs.getString("message_id"), rs.getString("message_key"), decode(rs.getString("payload"))))
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    void markSent(List<Pending> sent, Instant at) {
        for (Pending message : sent) {
            jdbc.sql("UPDATE outbox_message SET sent_at = ? WHERE message_id = ?")
                    .params(at.atOffset(ZoneOffset.UTC), message.messageId())
                    .update();
        }
    }

    /** Avro single-object encoding: the exact record, schema-fingerprinted, without the registry. */
    private static String encode(PartyMessage message) {
        try {
            ByteBuffer buffer = message.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PartyMessage decode(String payload) {
        try {
            return PartyMessage.fromByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(payload)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
