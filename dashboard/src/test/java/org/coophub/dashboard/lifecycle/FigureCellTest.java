package org.coophub.dashboard.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.coophub.dashboard.store.JsonSerde;
import org.junit.jupiter.api.Test;

class FigureCellTest {

    private static final JsonSerde<FigureCell> SERDE = new JsonSerde<>(FigureCell.class);

    private static Contribution executed(long hoursToAcknowledge) {
        long day = Duration.ofDays(1).toMillis();
        return new Contribution(
                "FRA|OTHER|2017-10",
                "EXECUTED",
                true,
                false,
                "2017-11",
                Duration.ofHours(hoursToAcknowledge).toMillis(),
                2 * day,
                9 * day,
                9 * day);
    }

    @Test
    void keepsItsJsonSmallAndReadsItBack() {
        FigureCell cell = FigureCell.EMPTY.with(executed(2), 1).with(executed(5), 1);

        byte[] json = SERDE.serializer().serialize("t", cell);
        FigureCell read = SERDE.deserializer().deserialize("t", json);

        assertThat(SERDE.serializer().serialize("t", read)).isEqualTo(json);
        assertThat(read.acknowledge().percentile(0.5))
                .isEqualTo(cell.acknowledge().percentile(0.5));
        assertThat(read.closedInMonth()).isEqualTo(cell.closedInMonth());
        assertThat(new String(json, StandardCharsets.UTF_8))
                .startsWith("[2,2,0,0,2,0,0,0,0,0,1,24214,2,")
                .hasSizeLessThan(200);
        assertThat(read).isEqualTo(cell);
    }

    @Test
    void retractsAContributionExactly() {
        FigureCell before = FigureCell.EMPTY.with(executed(2), 1);

        FigureCell after = before.with(executed(5), 1).with(executed(5), -1);

        assertThat(after).isEqualTo(before);
        assertThat(before.with(executed(2), -1).isEmpty()).isTrue();
    }

    @Test
    void sumsTheSameKeyHeldByTwoTasks() {
        FigureCell one = FigureCell.EMPTY.with(executed(2), 1);
        FigureCell two = FigureCell.EMPTY.with(executed(5), 1);

        FigureCell sum = one.plus(two);

        assertThat(sum).isEqualTo(one.with(executed(5), 1));
        assertThat(sum.dispatched()).isEqualTo(2);
        assertThat(sum.acknowledge().percentile(0.5))
                .isEqualTo(Duration.ofMinutes(210).toMillis());
    }
}
