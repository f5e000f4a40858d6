package org.coophub.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.DeserializationHandlerResponse;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.coophub.schemas.registry.SchemaRegistryUnavailableException;
import org.coophub.schemas.registry.UnknownSchemaIdException;
import org.coophub.schemas.serde.UnknownMagicByteException;
import org.junit.jupiter.api.Test;

class DeadLetteringHandlerTest {

    /** The handler reads the record, not the context. */
    private static final ErrorHandlerContext NO_CONTEXT = null;

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DeadLetteringHandler handler =
            new DeadLetteringHandler(new DeadLetters(producer, meters, "coophub-dashboard"));
    private final ConsumerRecord<byte[], byte[]> poison =
            new ConsumerRecord<>("coop.FRA.requests", 1, 42L, bytes("ICC-REQ-1"), bytes("garbage"));

    @Test
    void deadLettersAnUnreadableRecordWithItsBytesAndWhereItCameFromThenContinues() {
        var response =
                handler.handle(NO_CONTEXT, poison, new UnknownMagicByteException("coop.FRA.requests", (byte) 'g', 7));

        assertThat(response).isEqualTo(DeserializationHandlerResponse.CONTINUE);
        assertThat(producer.history()).singleElement().satisfies(sent -> {
            assertThat(sent.topic()).isEqualTo(DeadLetters.TOPIC);
            assertThat(sent.key()).isEqualTo(bytes("ICC-REQ-1"));
            assertThat(sent.value()).isEqualTo(bytes("garbage"));
            assertThat(text(sent, "kafka_dlt-original-topic")).isEqualTo("coop.FRA.requests");
            assertThat(ByteBuffer.wrap(header(sent, "kafka_dlt-original-partition"))
                            .getInt())
                    .isEqualTo(1);
            assertThat(ByteBuffer.wrap(header(sent, "kafka_dlt-original-offset"))
                            .getLong())
                    .isEqualTo(42L);
            assertThat(text(sent, "kafka_dlt-original-consumer-group")).isEqualTo("coophub-dashboard");
            assertThat(text(sent, "kafka_dlt-exception-fqcn")).isEqualTo(UnknownMagicByteException.class.getName());
            assertThat(text(sent, "kafka_dlt-exception-message")).contains("magic byte");
        });
        assertThat(meters.get(DeadLetters.COUNTER).counter().count()).isEqualTo(1.0);
    }

    @Test
    void deadLettersARecordWrittenWithASchemaTheRegistryDoesNotKnow() {
        var response = handler.handle(NO_CONTEXT, poison, new UnknownSchemaIdException(987, "memory"));

        assertThat(response).isEqualTo(DeserializationHandlerResponse.CONTINUE);
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void failsWithoutDeadLetteringWhenTheRegistryCannotBeReached() {
        var response = handler.handle(
                NO_CONTEXT,
                poison,
                new RuntimeException("wrapped", new SchemaRegistryUnavailableException("connection refused")));

        assertThat(response).isEqualTo(DeserializationHandlerResponse.FAIL);
        assertThat(producer.history()).isEmpty();
        assertThat(meters.get(DeadLetters.COUNTER).counter().count()).isZero();
    }

    @Test
    void failsRatherThanSkipWhenTheDeadLetterIsNotTaken() {
        MockProducer<byte[], byte[]> refusing =
                new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        var failing = new DeadLetteringHandler(new DeadLetters(refusing, meters, "coophub-dashboard"));
        refusing.close();

        var response =
                failing.handle(NO_CONTEXT, poison, new UnknownMagicByteException("coop.FRA.requests", (byte) 'g', 7));

        assertThat(response).isEqualTo(DeserializationHandlerResponse.FAIL);
    }

    @Test
    void takesItsDeadLettersFromTheStreamsConfiguration() {
        var configured = new DeadLetteringHandler();
        configured.configure(
                Map.of(DeadLetteringHandler.DEAD_LETTERS, new DeadLetters(producer, meters, "coophub-dashboard")));

        assertThat(configured.handle(NO_CONTEXT, poison, new UnknownMagicByteException("t", (byte) 1, 7)))
                .isEqualTo(DeserializationHandlerResponse.CONTINUE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] header(ProducerRecord<byte[], byte[]> record, String name) {
        return record.headers().lastHeader(name).value();
    }

    private static String text(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(header(record, name), StandardCharsets.UTF_8);
    }
}
