package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lag column of a gateway's {@code status} line, and its answer when no broker does. */
class GatewayLagTest {

    static final TopicPartition P0 = new TopicPartition("coop.FRA.requests", 0);
    static final TopicPartition P1 = new TopicPartition("coop.FRA.requests", 1);

    @TempDir
    Path home;

    @Test
    void lagIsTheSumOverPartitionsOfEndMinusCommitted() {
        var lag = GatewayLag.format(
                Map.of(P0, 10L, P1, 7L), Map.of(P0, new OffsetAndMetadata(4), P1, new OffsetAndMetadata(7)));

        assertThat(lag).isEqualTo("lag 6");
    }

    @Test
    void aPartitionWithoutACommitCountsWhole() {
        assertThat(GatewayLag.format(Map.of(P0, 10L, P1, 3L), Map.of(P0, new OffsetAndMetadata(10))))
                .isEqualTo("lag 3");
    }

    @Test
    void aGroupThatNeverCommittedSaysSo() {
        assertThat(GatewayLag.format(Map.of(P0, 10L), Map.of())).isEqualTo("lag: no commit yet");
        assertThat(GatewayLag.format(
                        Map.of(P0, 10L), Map.of(new TopicPartition("coop.FRA.responses", 0), new OffsetAndMetadata(1))))
                .isEqualTo("lag: no commit yet");
    }

    @Test
    void aStoppedBrokerIsNotAskedAndEveryLagIsUnknown() {
        var lags = GatewayLag.describe(HubLayout.of(home), List.of("ARG", "FRA"), false);

        assertThat(lags)
                .containsExactly(
                        Map.entry("ARG", "lag unknown (broker unreachable)"),
                        Map.entry("FRA", "lag unknown (broker unreachable)"));
    }

    @Test
    void aBrokerThatDoesNotAnswerGivesUnknownWithinTheDeadline() throws Exception {
        var layout = HubLayout.of(home);
        Files.createDirectories(layout.credentials());
        Files.writeString(
                layout.clientProperties(Passwords.COURT),
                String.join(
                        "\n",
                        "bootstrap.servers=127.0.0.1:" + TestHomes.freePort(),
                        "security.protocol=SASL_PLAINTEXT",
                        "sasl.mechanism=SCRAM-SHA-512",
                        "sasl.jaas.config=" + ClientSettings.scramJaas("court", "secret"),
                        ""));

        long started = System.nanoTime();
        var lags = GatewayLag.describe(layout, List.of("FRA", "SEN"), true);

        // bounded (3 s asked), not the Admin client's 60 s default; generous for a loaded machine
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(lags.values()).containsOnly("lag unknown (broker unreachable)");
    }
}
