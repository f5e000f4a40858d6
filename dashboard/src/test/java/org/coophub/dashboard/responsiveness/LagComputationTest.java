package org.coophub.dashboard.responsiveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagComputationTest {

    private static final Instant AT = Instant.parse("2026-11-27T00:00:00Z");

    @Test
    void sumsEndMinusCommittedOverThePartitions() {
        GatewayLag lag = LagComputation.of("FRA", Map.of(0, 3L, 1, 7L), Map.of(0, 5L, 1, 7L), AT);

        assertThat(lag.consumerGroupFound()).isTrue();
        assertThat(lag.offsetLag()).isEqualTo(2);
        assertThat(lag.polledAt()).isEqualTo(AT);
    }

    @Test
    void aPartitionNeverCommittedOnLagsByItsWholeLength() {
        GatewayLag lag = LagComputation.of("FRA", Map.of(0, 5L), Map.of(0, 5L, 1, 4L), AT);

        assertThat(lag.offsetLag()).isEqualTo(4);
        assertThat(lag.received(1, 0)).isFalse();
    }

    @Test
    void aGroupThatNeverCommittedIsNotFoundAndHasReceivedNothing() {
        GatewayLag lag = LagComputation.of("ARG", Map.of(), Map.of(0, 2L, 1, 1L), AT);

        assertThat(lag.consumerGroupFound()).isFalse();
        assertThat(lag.offsetLag()).isEqualTo(3);
        assertThat(lag.received(0, 0)).isFalse();
    }

    @Test
    void receivedIsTrueOnlyBelowTheCommittedOffset() {
        GatewayLag lag = LagComputation.of("FRA", Map.of(0, 2L), Map.of(0, 3L), AT);

        assertThat(lag.received(0, 0)).isTrue();
        assertThat(lag.received(0, 1)).isTrue();
        assertThat(lag.received(0, 2)).isFalse();
        assertThat(lag.received(1, 0)).isFalse();
    }

    @Test
    void neverNegativeWhenACommitRunsAheadOfAStaleEnd() {
        GatewayLag lag = LagComputation.of("FRA", Map.of(0, 9L), Map.of(0, 8L), AT);

        assertThat(lag.offsetLag()).isZero();
    }

    @Test
    void theOffsetMapsCannotBeChanged() {
        GatewayLag lag = LagComputation.of("FRA", Map.of(0, 1L), Map.of(0, 1L), AT);

        assertThat(lag.committedOffsets()).isUnmodifiable();
        assertThat(lag.endOffsets()).isUnmodifiable();
    }
}
