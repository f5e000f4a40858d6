package org.coophub.schemas.serde;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.coophub.schemas.registry.SchemaRegistryClient;

/**
 * Reads records in the Confluent wire format. The writer's schema is fetched by id (and cached);
 * with {@code specific.avro.reader=true} the record is resolved against the generated class's own
 * schema, so an old reader keeps reading records written with a newer compatible schema.
 *
 * <p>Errors are typed: {@link UnknownMagicByteException} for bytes that are not the wire format,
 * {@link org.coophub.schemas.registry.UnknownSchemaIdException} for an id the registry does not
 * know, {@link org.coophub.schemas.registry.SchemaRegistryUnavailableException} (retriable) when the
 * registry cannot be reached.
 */
public class CoopAvroDeserializer<T> implements Deserializer<T> {

    private record ReaderKey(int writerId, boolean specific) {}

    private SerdeConfig config;
    private SchemaRegistryClient registry;
    private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** For Kafka, which configures it from client properties. */
    public CoopAvroDeserializer() {}

    /** Ready to use with a given client, for tests and for apps that share one client. */
    public CoopAvroDeserializer(SchemaRegistryClient registry, SerdeConfig config) {
        this.registry = registry;
        this.config = config;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = SerdeConfig.from(configs, isKey);
        this.registry = config.newClient();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("CoopAvroDeserializer used before configure()");
        }
        int id = WireFormat.schemaId(topic, data);
        DatumReader<Object> reader = readers.computeIfAbsent(
                new ReaderKey(id, config.specificAvroReader()), key -> newReader(key, registry.schemaById(id)));
        try {
            @SuppressWarnings("unchecked")
            T record = (T) reader.read(
                    null,
                    DecoderFactory.get()
                            .binaryDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null));
            return record;
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException(
                    "Could not decode a record with schema id " + id + " on topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private static DatumReader<Object> newReader(ReaderKey key, Schema writer) {
        if (!key.specific()) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Class<?> type = SpecificData.get().getClass(writer);
        if (type == null || !org.apache.avro.specific.SpecificRecord.class.isAssignableFrom(type)) {
            throw new SerializationException("No generated class for " + writer.getFullName()
                    + " (schema id " + key.writerId() + ") on the classpath; set specific.avro.reader=false to read"
                    + " it as a GenericRecord");
        }
        SpecificData model = SpecificData.getForClass(type);
        return new SpecificDatumReader<>(writer, model.getSchema(type), ListModel.of(model));
    }

    /**
     * The generated class's model (its logical-type conversions), reading Avro arrays into {@link
     * ArrayList}s rather than Avro's own array type, whose {@code equals} ignores those conversions:
     * without this, two equal profiles holding dated agreements would not compare equal. Both of
     * Avro's read paths (the default fast reader and the classic one) ask the model for new arrays.
     */
    private static final class ListModel extends SpecificData {

        private static final Map<SpecificData, ListModel> MODELS = new ConcurrentHashMap<>();

        static ListModel of(SpecificData original) {
            return MODELS.computeIfAbsent(original, ListModel::new);
        }

        private ListModel(SpecificData original) {
            super(original.getClassLoader());
            original.getConversions().forEach(this::addLogicalTypeConversion);
        }

        @Override
        public Object newArray(Object old, int size, Schema schema) {
            if (old instanceof Collection<?> reused) {
                reused.clear();
                return reused;
            }
            return new ArrayList<>(size);
        }
    }
}
