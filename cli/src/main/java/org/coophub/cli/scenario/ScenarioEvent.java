package org.coophub.cli.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of an imported request's past, as the {@code imported.events} of its form.
 *
 * @param kind {@code RECEIPT_ACKNOWLEDGEMENT}, {@code STATUS_UPDATE} or {@code WITHDRAWAL}
 * @param status a PartyMessage {@code RequestStatus} symbol for a status update, else null
 * @param legalBasis e.g. {@code art. 97} or {@code art. 94(1)}, else null
 */
public record ScenarioEvent(String kind, String status, String legalBasis, Instant occurredAt) {

    static final String ACKNOWLEDGEMENT = "RECEIPT_ACKNOWLEDGEMENT";
    static final String STATUS_UPDATE = "STATUS_UPDATE";
    static final String WITHDRAWAL = "WITHDRAWAL";

    static ScenarioEvent acknowledgement(Instant at) {
        return new ScenarioEvent(ACKNOWLEDGEMENT, null, null, at);
    }

    static ScenarioEvent status(String status, String legalBasis, Instant at) {
        return new ScenarioEvent(STATUS_UPDATE, status, legalBasis, at);
    }

    static ScenarioEvent withdrawal(Instant at) {
        return new ScenarioEvent(WITHDRAWAL, null, null, at);
    }

    /** Whether this status closes the request (the dashboard's {@code closedAt}). */
    boolean closes() {
        return status != null && ScenarioRequest.CLOSING.contains(status);
    }

    Map<String, Object> json() {
        var json = new LinkedHashMap<String, Object>();
        json.put("kind", kind);
        if (status != null) {
            json.put("status", status);
        }
        if (legalBasis != null) {
            json.put("legalBasis", legalBasis);
        }
        json.put("occurredAt", occurredAt.toString());
        return json;
    }
}
