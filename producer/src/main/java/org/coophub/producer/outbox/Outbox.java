package org.coophub.producer.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues records for Kafka inside the caller's database transaction. Rows sharing a batch id are
 * sent together in one Kafka transaction, not before {@code notBefore}.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One record to send; the payload is stored as Avro binary so a resend is byte-identical. */
    public record Entry(String topic, String key, String messageId, SpecificRecord record) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String batchId, Instant notBefore, Instant now, Entry entry) {
        jdbc.sql("insert into outbox (batch_id, topic, message_key, message_id, record_type, payload, not_before,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        batchId,
                        entry.topic(),
                        entry.key(),
                        entry.messageId(),
                        entry.record().getClass().getName(),
                        encode(entry.record()),
                        notBefore.toEpochMilli(),
                        now.toEpochMilli())
                .update();
    }

    /** When the record with this message id went to Kafka, if it has. */
    public java.util.Optional<Instant> sentAt(String messageId) {
        return jdbc.sql("select sent_at from outbox where message_id = ? and sent_at is not null")
                .param(messageId)
                .query(Long.class)
                .optional()
                .map(Instant::ofEpochMilli);
    }

    private static byte[] encode(SpecificRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
