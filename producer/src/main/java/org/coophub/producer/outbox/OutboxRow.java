package org.coophub.producer.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/** A queued record as the relay reads it back. */
public record OutboxRow(
        long id, String batchId, String topic, String key, String messageId, String recordType, byte[] payload) {

    /** The record, decoded with its generated class's schema (it was written with the same one). */
    SpecificRecord record() {
        try {
            Class<?> type = Class.forName(recordType);
            Schema schema = SpecificData.get().getSchema(type);
            SpecificDatumReader<SpecificRecord> reader = new SpecificDatumReader<>(schema);
            return reader.read(null, DecoderFactory.get().binaryDecoder(payload, null));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Outbox row " + id + " holds an unknown record type " + recordType, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
