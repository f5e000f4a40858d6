package org.coophub.dashboard.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedFiguresTest {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    private static FigureCell cell() {
        FigureCell cell = FigureCell.EMPTY;
        for (int i = 1; i <= 40; i++) {
            cell = cell.with(
                    new Contribution(
                            "FRA|OTHER|2017-10",
                            i % 3 == 0 ? "EXECUTED" : "IN_PROGRESS",
                            true,
                            i % 3 != 0,
                            i % 3 == 0 ? "2017-1" + (i % 2) : null,
                            i * HOUR + 17,
                            i * DAY,
                            i % 3 == 0 ? 3 * i * DAY : null,
                            i % 3 == 0 ? 3 * i * DAY : null),
                    1);
        }
        return cell.with(new Contribution("k", "REFUSED", false, false, "2018-01", -5L, null, null, null), 1);
    }

    @Test
    void keepsTheCountersAndClosureMonthsExactly() {
        FigureCell cell = cell();
        PackedFigures packed = PackedFigures.of(cell);

        assertThat(packed.dispatched()).isEqualTo(41);
        assertThat(packed.open()).isEqualTo(cell.open());
        assertThat(packed.executed()).isEqualTo(13);
        assertThat(packed.refused()).isEqualTo(1);
        Map<YearMonth, Long> closed = new HashMap<>();
        packed.forEachClosed(closed::put);
        assertThat(closed)
                .isEqualTo(Map.of(YearMonth.of(2017, 10), 6L, YearMonth.of(2017, 11), 7L, YearMonth.of(2018, 1), 1L));
        assertThat(packed.unpack().closedInMonth()).isEqualTo(cell.closedInMonth());
    }

    @Test
    void readsTheSamePercentilesAsTheCellToAMillionth() {
        FigureCell cell = cell();
        PackedFigures packed = PackedFigures.of(cell);

        for (int histogram = 0; histogram < 4; histogram++) {
            Histogram exact = switch (histogram) {
                case PackedFigures.ACKNOWLEDGE -> cell.acknowledge();
                case PackedFigures.FIRST_RESPONSE -> cell.firstResponse();
                case PackedFigures.CLOSURE -> cell.closure();
                default -> cell.execute();
            };
            HistogramSum sum = new HistogramSum();
            packed.addTo(histogram, sum);
            assertThat(sum.count()).isEqualTo(exact.count());
            assertThat(sum.implausible()).isEqualTo(exact.implausible());
            for (double q : new double[] {0.5, 0.9, 1}) {
                assertThat(sum.percentile(q)).isCloseTo(exact.percentile(q), within(exact.percentile(q) * 1e-6));
            }
        }
        assertThat(new HistogramSum().add(cell.acknowledge()).implausible()).isEqualTo(1);
    }

    @Test
    void unpacksToACellThatAddsUpWithAnother() {
        FigureCell cell = cell();

        FigureCell twice = PackedFigures.of(cell).unpack().plus(cell);

        assertThat(twice.dispatched()).isEqualTo(82);
        assertThat(twice.acknowledge().count()).isEqualTo(80);
        assertThat(twice.acknowledge().percentile(0.5))
                .isCloseTo(cell.acknowledge().percentile(0.5), within(1.0));
    }
}
