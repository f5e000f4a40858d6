package org.coophub.schemas.serde;

import java.util.Map;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** The serializer and deserializer as one {@link Serde}, for Kafka Streams. */
public class CoopAvroSerde<T extends GenericContainer> implements Serde<T> {

    private final CoopAvroSerializer<T> serializer;
    private final CoopAvroDeserializer<T> deserializer;

    public CoopAvroSerde() {
        this(new CoopAvroSerializer<>(), new CoopAvroDeserializer<>());
    }

    public CoopAvroSerde(CoopAvroSerializer<T> serializer, CoopAvroDeserializer<T> deserializer) {
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
