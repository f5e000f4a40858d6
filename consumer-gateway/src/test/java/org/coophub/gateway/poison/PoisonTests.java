package org.coophub.gateway.poison;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.coophub.gateway.CourtSide;
import org.coophub.gateway.GatewayIntegrationTest;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.UnknownSchemaIdException;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.serde.UnknownMagicByteException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PoisonTests extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void deadLettersBytesThatAreNotOurWireFormatWithTheirErrorHeadersAndMovesOn() {
        CourtSide court = court();
        byte[] poison = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
        CourtMessage next = court.newRequest();

        court.dispatchRaw("poison-magic", poison);
        court.dispatch(next);

        ConsumerRecord<String, byte[]> dead = court.deadLetter("poison-magic");
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.requests(PARTY));
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(header(dead, "kafka_dlt-exception-stacktrace")).contains(UnknownMagicByteException.class.getName());
        assertThat(court.responsesUntil(message -> message.getKind() == PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT
                        && next.getRequestId().equals(message.getRequestId())))
                .isNotEmpty();
        assertThat(meters.counter("coophub.gateway.poison.records", "party", PARTY)
                        .count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void deadLettersARecordWhoseSchemaIdTheRegistryDoesNotKnowAfterBoundedRetries() {
        CourtSide court = court();
        CourtMessage next = court.newRequest();
        byte[] valid = court.bytesOf(next);
        byte[] unknownId = Arrays.copyOf(valid, valid.length);
        ByteBuffer.wrap(unknownId).putInt(1, 4711);

        court.dispatchRaw("poison-schema-id", unknownId);
        court.dispatch(next);

        ConsumerRecord<String, byte[]> dead = court.deadLetter("poison-schema-id");
        assertThat(dead.value()).isEqualTo(unknownId);
        assertThat(header(dead, "kafka_dlt-exception-stacktrace"))
                .contains(UnknownSchemaIdException.class.getName())
                .contains("4711");
        assertThat(court.responsesUntil(message -> next.getRequestId().equals(message.getRequestId())))
                .isNotEmpty();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
