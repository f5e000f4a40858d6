package org.coophub.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SnapshotRefresherTest {

    private final SnapshotRefresher refresher =
            new SnapshotRefresher(null, null, Duration.ofSeconds(2), Clock.systemUTC());

    @Test
    void refreshesEveryIntervalWhileARefreshIsQuick() {
        assertThat(refresher.pauseAfter(Duration.ofMillis(300))).isEqualTo(Duration.ofSeconds(2));
        assertThat(refresher.pauseAfter(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void backsOffToFourTimesASlowRefreshSoTheStreamsKeepMostOfTheCpu() {
        assertThat(refresher.pauseAfter(Duration.ofMillis(1500))).isEqualTo(Duration.ofSeconds(6));
    }
}
