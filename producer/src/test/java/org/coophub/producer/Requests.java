package org.coophub.producer;

import java.time.LocalDate;

/** JSON bodies of requests, as the Registry posts them. */
public final class Requests {

    private Requests() {}

    /** A complete, valid art. 93(1)(k) request to {@code addressee} in {@code language}. */
    public static String assetFreezing(String requestId, String addressee, String language) {
        return """
                {%s"addressee": "%s",
                 "requestType": "ASSISTANCE_ASSETS_TRACING_AND_FREEZING",
                 "legalBasis": "Rome Statute art. 93(1)(k)",
                 "requestingOrgan": "OFFICE_OF_THE_PROSECUTOR",
                 "situation": "ICC-01/99",
                 "priority": "URGENT",
                 "confidentiality": "UNDER_SEAL",
                 "dueBy": "%s",
                 "language": "%s",
                 "contents": {
                   "purposeAndLegalBasis": "Identify and freeze assets of the suspect for eventual forfeiture",
                   "assets": [{"kind": "BANK_ACCOUNT", "description": "Current account", "holder": "Exemple Holdings SARL"}],
                   "essentialFacts": "The suspect is alleged to hold proceeds of the crimes charged"
                 }}
                """.formatted(
                        requestId == null ? "" : "\"requestId\": \"" + requestId + "\", ",
                        addressee,
                        LocalDate.now().plusDays(30),
                        language);
    }

    /** An arrest request missing its warrant, the person's description and the essential facts. */
    public static String arrestMissingThreeThings(String requestId) {
        return """
                {"requestId": "%s", "addressee": "FRA", "requestType": "ARREST_AND_SURRENDER",
                 "legalBasis": "Rome Statute art. 89", "language": "fr",
                 "contents": {"purposeAndLegalBasis": "Arrest and surrender of the person sought",
                              "persons": [{"role": "PERSON_SOUGHT", "name": "Jean Exemple"}]}}
                """.formatted(requestId);
    }

    /**
     * A complete, valid art. 93(1)(k) request of the past to {@code addressee} in {@code language},
     * dispatched on 2017-03-14T09:30:00Z, acknowledged, consulted under art. 97, then withdrawn.
     */
    public static String imported(String requestId, String addressee, String language) {
        return """
                {"requestId": "%s", "addressee": "%s",
                 "requestType": "ASSISTANCE_ASSETS_TRACING_AND_FREEZING",
                 "legalBasis": "Rome Statute art. 93(1)(k)",
                 "dueBy": "2017-05-01",
                 "language": "%s",
                 "contents": {
                   "purposeAndLegalBasis": "Identify and freeze assets of the suspect for eventual forfeiture",
                   "assets": [{"kind": "BANK_ACCOUNT", "description": "Current account"}],
                   "essentialFacts": "The suspect is alleged to hold proceeds of the crimes charged"
                 },
                 "imported": {
                   "dispatchedAt": "2017-03-14T09:30:00Z",
                   "source": "coophub scenario 2017 (seed 20171027)",
                   "coordinationId": "ICC-COORD-2017-004",
                   "events": [
                     {"kind": "RECEIPT_ACKNOWLEDGEMENT", "occurredAt": "2017-03-16T10:00:00Z"},
                     {"kind": "STATUS_UPDATE", "status": "IN_CONSULTATION", "legalBasis": "art. 97",
                      "occurredAt": "2017-04-02T08:00:00Z"},
                     {"kind": "WITHDRAWAL", "occurredAt": "2017-06-01T12:00:00Z"}
                   ]
                 }}
                """.formatted(requestId, addressee, language);
    }
}
