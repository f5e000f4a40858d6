package org.coophub.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Responsiveness;
import org.coophub.dashboard.summary.Responsiveness.NotYetReceived;
import org.junit.jupiter.api.Test;

class FigureGaugesTest {

    private static final String ALERTS = "coophub.dashboard.requests.not.received.alerts";
    private static final Instant NOW = Instant.parse("2017-10-27T09:00:00Z");

    private final Figures figures = mock(Figures.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void countsTheRequestsNotYetReceivedThatRaiseAnAlert() {
        given(figures.responsiveness())
                .willReturn(new Responsiveness(
                        NOW,
                        List.of(),
                        List.of(
                                notYetReceived("R1", -2, true),
                                notYetReceived("R2", 3, true),
                                notYetReceived("R3", 30, false))));
        new FigureGauges(figures).bindTo(registry);

        assertThat(registry.get(ALERTS).gauge().value()).isEqualTo(2.0);
    }

    @Test
    void readsNotANumberWhileTheFiguresAreNotReady() {
        given(figures.responsiveness()).willThrow(new InvalidStateStoreException("no snapshot of the figures yet"));
        new FigureGauges(figures).bindTo(registry);

        assertThat(registry.get(ALERTS).gauge().value()).isNaN();
    }

    private static NotYetReceived notYetReceived(String requestId, long daysToDue, boolean alert) {
        return new NotYetReceived(
                requestId,
                "FRA",
                NOW.minusSeconds(86_400),
                LocalDate.of(2017, 10, 27).plusDays(daysToDue),
                daysToDue,
                alert);
    }
}
