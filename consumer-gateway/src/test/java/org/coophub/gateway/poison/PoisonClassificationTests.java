package org.coophub.gateway.poison;

import static org.assertj.core.api.Assertions.assertThat;

import org.coophub.schemas.registry.SchemaRegistryUnavailableException;
import org.coophub.schemas.registry.UnknownSchemaIdException;
import org.coophub.schemas.serde.UnknownMagicByteException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.support.serializer.DeserializationException;

class PoisonClassificationTests {

    @Test
    void waitsForARegistryThatCannotBeReachedInsteadOfDeadLettering() {
        assertThat(PoisonConfiguration.awayNotFaulty(deserialization(new SchemaRegistryUnavailableException("down"))))
                .isTrue();
        assertThat(PoisonConfiguration.awayNotFaulty(new DataAccessResourceFailureException("database away")))
                .isTrue();
    }

    @Test
    void treatsUnreadableBytesAndUnknownSchemaIdsAsTheRecordsFault() {
        assertThat(PoisonConfiguration.awayNotFaulty(
                        deserialization(new UnknownMagicByteException("coop.FRA.requests", (byte) 0x7b, 14))))
                .isFalse();
        assertThat(PoisonConfiguration.awayNotFaulty(deserialization(new UnknownSchemaIdException(4711, "memory"))))
                .isFalse();
    }

    private static DeserializationException deserialization(Exception cause) {
        return new DeserializationException("failed to deserialize", new byte[] {1}, false, cause);
    }
}
