package org.coophub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.InMemorySchemaRegistry;
import org.coophub.schemas.registry.SchemaRegistryException;
import org.coophub.schemas.registry.UnknownSchemaIdException;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.warrant.WarrantEvent;
import org.junit.jupiter.api.Test;

class CoopAvroSerdeTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void writesMagicByteSchemaIdAndPlainAvroBody() throws Exception {
        CourtMessage request = SampleMessages.assetFreezingRequest();

        byte[] framed = serializer(Map.of()).serialize(Topics.requests("FRA"), request);

        int id = registry.latest("coop.FRA.requests-value").id();
        assertThat(framed[0]).isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(framed, 1, 4).getInt()).isEqualTo(id);
        assertThat(java.util.Arrays.copyOfRange(framed, 5, framed.length)).isEqualTo(plainAvro(request));
    }

    @Test
    void roundTripsEveryMessageKindAsGeneratedClasses() {
        CoopAvroSerializer<SpecificRecord> serializer = serializer(Map.of());
        CoopAvroDeserializer<SpecificRecord> deserializer = deserializer(true);

        for (SampleMessages.TopicRecord sample : SampleMessages.all()) {
            byte[] framed = serializer.serialize(sample.topic(), sample.record());

            assertThat(deserializer.deserialize(sample.topic(), framed)).isEqualTo(sample.record());
        }
    }

    @Test
    void readsGenericRecordsWhenSpecificReaderIsOff() {
        byte[] framed = serializer(Map.of()).serialize(Topics.COURT_WARRANTS, SampleMessages.warrantIssued());

        Object record = deserializer(false).deserialize(Topics.COURT_WARRANTS, framed);

        assertThat(record).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) record).get("warrantId")).hasToString("ICC-01/99-01/17-5");
    }

    @Test
    void oldReaderReadsRecordWrittenWithANewerSchema() {
        Schema newer = withOptionalField(WarrantEvent.getClassSchema(), "arrestingAuthority");
        GenericRecord written = new GenericData.Record(newer);
        WarrantEvent original = SampleMessages.warrantIssued();
        for (Schema.Field field : WarrantEvent.getClassSchema().getFields()) {
            Object value = original.get(field.pos());
            written.put(field.name(), value);
        }
        written.put("occurredAt", original.getOccurredAt().toEpochMilli());
        written.put("recordedAt", original.getRecordedAt().toEpochMilli());
        written.put("kind", new GenericData.EnumSymbol(newer.getField("kind").schema(), "ISSUED"));
        written.put("arrestingAuthority", "Police nationale");

        byte[] framed = new CoopAvroSerializer<GenericRecord>(registry, config(Map.of()), false)
                .serialize(Topics.COURT_WARRANTS, written);
        Object read = deserializer(true).deserialize(Topics.COURT_WARRANTS, framed);

        assertThat(read).isEqualTo(original);
    }

    @Test
    void refusesBytesWithAnUnknownMagicByte() {
        byte[] notOurs = "{\"requestId\":\"x\"}".getBytes();

        assertThatThrownBy(() -> deserializer(true).deserialize("coop.FRA.requests", notOurs))
                .isInstanceOf(UnknownMagicByteException.class)
                .hasMessageContaining("Unknown magic byte 0x7b")
                .hasMessageContaining("coop.FRA.requests");
    }

    @Test
    void refusesRecordsTooShortToCarryASchemaId() {
        assertThatThrownBy(() -> deserializer(true).deserialize("coop.FRA.requests", new byte[] {0, 0, 1}))
                .isInstanceOf(UnknownMagicByteException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void reportsASchemaIdTheRegistryDoesNotKnow() {
        byte[] unknownId = {0, 0, 0, 0x30, 0x39, 2, 'x'};

        assertThatThrownBy(() -> deserializer(true).deserialize("coop.FRA.requests", unknownId))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("Schema id 12345 is unknown");
    }

    @Test
    void reportsACorruptBodyAsASerializationError() {
        byte[] framed = serializer(Map.of()).serialize(Topics.DIRECTORY, SampleMessages.franceProfile());
        byte[] truncated = java.util.Arrays.copyOf(framed, 9);

        assertThatThrownBy(() -> deserializer(true).deserialize(Topics.DIRECTORY, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not decode");
    }

    @Test
    void asksTheRegistryOnlyOnceForEachSchema() {
        CoopAvroSerializer<SpecificRecord> serializer = new CoopAvroSerializer<>(
                new org.coophub.schemas.registry.CachingSchemaRegistryClient(
                        registry, 100, java.time.Duration.ofSeconds(-1), java.time.Clock.systemUTC()),
                config(Map.of()),
                false);

        for (int i = 0; i < 5; i++) {
            serializer.serialize(Topics.requests("FRA"), SampleMessages.assetFreezingRequest());
        }

        assertThat(registry.calls()).isEqualTo(1);
    }

    @Test
    void withoutAutoRegisterOnlyLooksUpAndFailsForAnUnregisteredSchema() {
        CoopAvroSerializer<SpecificRecord> lookupOnly = serializer(Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"));

        assertThatThrownBy(() -> lookupOnly.serialize(Topics.DIRECTORY, SampleMessages.franceProfile()))
                .isInstanceOf(SchemaRegistryException.class);

        serializer(Map.of()).serialize(Topics.DIRECTORY, SampleMessages.franceProfile());
        assertThat(lookupOnly.serialize(Topics.DIRECTORY, SampleMessages.franceProfile()))
                .isNotEmpty();
    }

    @Test
    void useLatestVersionWritesTheRecordInTheLatestRegisteredShape() {
        Schema newer = withOptionalField(WarrantEvent.getClassSchema(), "arrestingAuthority");
        int newerId = registry.register("coop.court.warrants-value", newer);
        CoopAvroSerializer<SpecificRecord> latest = serializer(Map.of(SerdeConfig.USE_LATEST_VERSION, "true"));

        byte[] framed = latest.serialize(Topics.COURT_WARRANTS, SampleMessages.warrantIssued());

        assertThat(ByteBuffer.wrap(framed, 1, 4).getInt()).isEqualTo(newerId);
        assertThat(deserializer(true).deserialize(Topics.COURT_WARRANTS, framed))
                .isEqualTo(SampleMessages.warrantIssued());
    }

    @Test
    void recordNameStrategyRegistersUnderTheRecordsFullName() {
        serializer(Map.of(
                        SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                        "io.confluent.kafka.serializers.subject.RecordNameStrategy"))
                .serialize(Topics.requests("FRA"), SampleMessages.assetFreezingRequest());

        assertThat(registry.latest("org.coophub.schemas.request.CourtMessage").id())
                .isPositive();
    }

    @Test
    void reportsAMissingRequiredFieldAsASerializationError() {
        WarrantEvent incomplete = SampleMessages.warrantIssued();
        incomplete.setPersonReference(null);

        assertThatThrownBy(() -> serializer(Map.of()).serialize(Topics.COURT_WARRANTS, incomplete))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("WarrantEvent");
    }

    @Test
    void nullStaysNullForTombstones() {
        assertThat(serializer(Map.of()).serialize(Topics.DIRECTORY, null)).isNull();
        assertThat(deserializer(true).deserialize(Topics.DIRECTORY, null)).isNull();
    }

    private CoopAvroSerializer<SpecificRecord> serializer(Map<String, String> extra) {
        return new CoopAvroSerializer<>(registry, config(extra), false);
    }

    private <T> CoopAvroDeserializer<T> deserializer(boolean specific) {
        return new CoopAvroDeserializer<>(
                registry, config(Map.of(SerdeConfig.SPECIFIC_AVRO_READER, Boolean.toString(specific))));
    }

    private static SerdeConfig config(Map<String, String> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(SerdeConfig.SCHEMA_REGISTRY_URL, "http://127.0.0.1:1");
        return SerdeConfig.from(props, false);
    }

    private static byte[] plainAvro(SpecificRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        SpecificData.getForClass(record.getClass())
                .createDatumWriter(record.getSchema())
                .write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Schema withOptionalField(Schema schema, String name) {
        java.util.List<Schema.Field> fields = new java.util.ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(new Schema.Field(
                name,
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                null,
                Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
