package org.coophub.cli.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RequestType;

/**
 * One request of the scenario: the figures it is counted by, and the producer form it is posted as
 * ({@code POST /requests/batch}, with its {@code imported} past).
 *
 * @param coordinationId the bundle it was dispatched in, or null
 * @param events its recorded past, oldest first; a withdrawal is last
 * @param form the {@code RequestForm} JSON plus {@code imported}, ready to serialise
 */
public record ScenarioRequest(
        String requestId,
        String addressee,
        RegionalGroup group,
        RequestType requestType,
        Priority priority,
        Confidentiality confidentiality,
        String language,
        Instant dispatchedAt,
        LocalDate dueBy,
        String coordinationId,
        List<ScenarioEvent> events,
        Map<String, Object> form) {

    /** The statuses that close a request (the dashboard's {@code closedAt}). */
    static final Set<String> CLOSING = Set.of("EXECUTED", "PARTIALLY_EXECUTED", "REFUSED", "UNABLE_TO_EXECUTE");

    public ScenarioRequest {
        events = List.copyOf(events);
    }

    public boolean acknowledged() {
        return events.stream().anyMatch(event -> event.kind().equals(ScenarioEvent.ACKNOWLEDGEMENT));
    }

    public boolean withdrawn() {
        return events.stream().anyMatch(event -> event.kind().equals(ScenarioEvent.WITHDRAWAL));
    }

    /** Neither withdrawn nor closed by an outcome at the reference date. */
    public boolean open() {
        return !withdrawn() && events.stream().noneMatch(ScenarioEvent::closes);
    }

    /** The last status reported, or {@code RECEIVED} / {@code NOT_ACKNOWLEDGED} before any. */
    public String lastStatus() {
        String status = acknowledged() ? "RECEIVED" : "NOT_ACKNOWLEDGED";
        for (ScenarioEvent event : events) {
            if (event.status() != null) {
                status = event.status();
            }
        }
        return status;
    }

    public boolean consulted() {
        return events.stream().anyMatch(event -> "IN_CONSULTATION".equals(event.status()));
    }
}
