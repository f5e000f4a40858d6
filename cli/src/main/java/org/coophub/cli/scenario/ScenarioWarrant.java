package org.coophub.cli.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An arrest warrant of the scenario (fictitious person, pseudonymous reference), posted as
 * {@code POST /warrants} then its later steps as {@code POST /warrants/{id}/events}.
 *
 * @param events the steps after ISSUED, oldest first
 */
public record ScenarioWarrant(
        String warrantId,
        String personReference,
        String personName,
        String situation,
        String caseReference,
        boolean underSeal,
        Instant issuedAt,
        List<Step> events) {

    /** The events that end the search, as the dashboard counts them. */
    static final Set<String> ENDING =
            Set.of("PERSON_ARRESTED", "PERSON_SURRENDERED", "WARRANT_WITHDRAWN", "PERSON_DECEASED");

    /** A {@code WarrantEventKind} with its time, the party concerned and a note. */
    public record Step(String kind, Instant occurredAt, String party, String note) {

        Map<String, Object> json() {
            var json = new LinkedHashMap<String, Object>();
            json.put("kind", kind);
            json.put("occurredAt", occurredAt.toString());
            if (party != null) {
                json.put("party", party);
            }
            if (note != null) {
                json.put("note", note);
            }
            return json;
        }
    }

    public ScenarioWarrant {
        events = List.copyOf(events);
    }

    /** Issued by {@code at} and no arrest, surrender, withdrawal or death recorded by then. */
    public boolean atLargeOn(Instant at) {
        return !issuedAt.isAfter(at)
                && events.stream()
                        .noneMatch(step -> ENDING.contains(step.kind())
                                && !step.occurredAt().isAfter(at));
    }

    /** How the search ended ({@code PERSON_SURRENDERED} after an arrest), or {@code AT_LARGE}. */
    public String fate() {
        String fate = "AT_LARGE";
        for (Step step : events) {
            if (ENDING.contains(step.kind())) {
                fate = step.kind();
            }
        }
        return fate;
    }

    /** The body of {@code POST /warrants}. */
    public Map<String, Object> issuedJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("warrantId", warrantId);
        json.put("personReference", personReference);
        json.put("personName", personName);
        json.put("situation", situation);
        json.put("caseReference", caseReference);
        json.put("underSeal", underSeal);
        json.put("issuedAt", issuedAt.toString());
        return json;
    }
}
