package org.coophub.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.coophub.schemas.registry.RegisteredSchema;
import org.coophub.schemas.registry.SchemaRegistryClient;

/**
 * Writes Avro records (generated SpecificRecords or GenericRecords) in the Confluent wire format.
 * The schema id comes from the registry: registered on first use ({@code auto.register.schemas},
 * the default), looked up only ({@code auto.register.schemas=false}), or the subject's latest
 * version ({@code use.latest.version=true}, the record then written in that version's shape).
 */
public class CoopAvroSerializer<T extends GenericContainer> implements Serializer<T> {

    private SerdeConfig config;
    private SchemaRegistryClient registry;
    private boolean isKey;
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

    /** For Kafka, which configures it from client properties. */
    public CoopAvroSerializer() {}

    /** Ready to use with a given client, for tests and for apps that share one client. */
    public CoopAvroSerializer(SchemaRegistryClient registry, SerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.config = config;
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = SerdeConfig.from(configs, isKey);
        this.registry = config.newClient();
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("CoopAvroSerializer used before configure()");
        }
        Schema schema = record.getSchema();
        String subject = config.subjectNameStrategy().subjectName(topic, isKey, schema);
        Object datum = record;
        int id;
        if (config.useLatestVersion()) {
            RegisteredSchema latest = registry.latest(subject);
            id = latest.id();
            if (!latest.schema().equals(schema)) {
                datum = reshape(record, latest.schema(), subject);
                schema = latest.schema();
            }
        } else if (config.autoRegisterSchemas()) {
            id = registry.register(subject, schema);
        } else {
            id = registry.idOf(subject, schema);
        }
        return write(topic, id, schema, datum);
    }

    private byte[] write(String topic, int id, Schema schema, Object datum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(WireFormat.header(id));
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writerFor(schema, datum).write(datum, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            // NullPointerException is how Avro reports a missing required field
            throw new SerializationException(
                    "Could not write " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private DatumWriter<Object> writerFor(Schema schema, Object datum) {
        return writers.computeIfAbsent(schema, s -> {
            GenericData model =
                    datum instanceof SpecificRecord ? SpecificData.getForClass(datum.getClass()) : GenericData.get();
            @SuppressWarnings("unchecked")
            DatumWriter<Object> writer = (DatumWriter<Object>) model.createDatumWriter(s);
            return writer;
        });
    }

    /** The record read back through Avro schema resolution with {@code target} as the reader's schema. */
    private GenericRecord reshape(T record, Schema target, String subject) {
        byte[] own = write(subject, 0, record.getSchema(), record);
        try {
            return new GenericDatumReader<GenericRecord>(record.getSchema(), target)
                    .read(
                            null,
                            DecoderFactory.get()
                                    .binaryDecoder(
                                            own, WireFormat.HEADER_SIZE, own.length - WireFormat.HEADER_SIZE, null));
        } catch (IOException | AvroRuntimeException e) {
            throw new SerializationException(
                    "A " + record.getSchema().getFullName() + " cannot be written as the latest version of subject "
                            + subject + ": " + e.getMessage(),
                    e);
        }
    }
}
