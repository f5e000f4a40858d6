package org.coophub.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.coophub.schemas.registry.SchemaRegistryUnavailableException;
import org.junit.jupiter.api.Test;

class StreamsApplicationTest {

    @Test
    void replacesAStreamThreadThatFailedBecauseTheRegistryWasUnreachable() {
        var failure = new StreamsException(
                "Deserialization exception handler is set to fail upon a deserialization error",
                new SchemaRegistryUnavailableException(
                        "http://127.0.0.1:8081 cannot be reached", new ConnectException()));

        assertThat(StreamsApplication.onStreamThreadError(failure))
                .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void stopsTheStreamsOnAnyOtherFailure() {
        var failure = new StreamsException(new IllegalStateException("a bug in a processor"));

        assertThat(StreamsApplication.onStreamThreadError(failure))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
