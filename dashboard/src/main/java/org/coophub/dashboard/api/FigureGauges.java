package org.coophub.dashboard.api;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Responsiveness;
import org.coophub.dashboard.summary.Summary;
import org.springframework.stereotype.Component;

/** The summary tiles and the not-received alerts as Prometheus gauges; NaN while the stores are not open. */
@Component
class FigureGauges implements MeterBinder {

    private final Figures figures;

    FigureGauges(Figures figures) {
        this.figures = figures;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "coophub.dashboard.requests.open", "Requests dispatched and not closed", Summary::openRequests);
        gauge(
                registry,
                "coophub.dashboard.requests.overdue",
                "Open requests past their due date",
                Summary::overdueRequests);
        gauge(
                registry,
                "coophub.dashboard.warrants.outstanding",
                "Arrest warrants whose person is at large",
                Summary::outstandingWarrants);
        // what an alerting rule watches: a request its party's gateway has not taken, due soon or past
        Gauge.builder("coophub.dashboard.requests.not.received.alerts", figures, FigureGauges::notReceivedAlerts)
                .description("Requests not yet received by their party's gateway, due within the alert period or past")
                .register(registry);
    }

    private static double notReceivedAlerts(Figures figures) {
        try {
            return figures.responsiveness().notYetReceived().stream()
                    .filter(Responsiveness.NotYetReceived::alert)
                    .count();
        } catch (InvalidStateStoreException e) {
            return Double.NaN;
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Summary> figure) {
        Gauge.builder(name, figures, f -> read(f, figure))
                .description(description)
                .register(registry);
    }

    private static double read(Figures figures, ToDoubleFunction<Summary> figure) {
        try {
            return figure.applyAsDouble(figures.summary());
        } catch (InvalidStateStoreException e) {
            return Double.NaN;
        }
    }
}
