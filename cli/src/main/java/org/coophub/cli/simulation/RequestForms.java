package org.coophub.cli.simulation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.coophub.schemas.request.RequestType;

/**
 * New requests as the Registry posts them to the producer ({@code POST /requests}, a {@code
 * RequestForm}): mostly assistance under art. 93, some asset tracing under art. 93(1)(k), rarely
 * an arrest (art. 89), in a language the addressee accepts (art. 87(2)). No requestId: the
 * producer assigns one.
 */
final class RequestForms {

    /** A kind of request: its type, legal basis, purpose, and how often the court sends it. */
    private record Kind(RequestType type, String legalBasis, String purpose, int weight) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    RequestType.ASSISTANCE_SERVICE_OF_DOCUMENTS,
                    "Rome Statute art. 93(1)(d)",
                    "Service of a summons to appear on a witness",
                    18),
            new Kind(
                    RequestType.ASSISTANCE_TAKING_OF_EVIDENCE,
                    "Rome Statute art. 93(1)(b)",
                    "Taking of testimony from a witness",
                    16),
            new Kind(
                    RequestType.ASSISTANCE_QUESTIONING_OF_PERSONS,
                    "Rome Statute art. 93(1)(c)",
                    "Questioning of a person being investigated",
                    10),
            new Kind(
                    RequestType.ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS,
                    "Rome Statute art. 93(1)(a)",
                    "Identification and whereabouts of a witness",
                    14),
            new Kind(
                    RequestType.ASSISTANCE_RECORDS_AND_DOCUMENTS,
                    "Rome Statute art. 93(1)(i)",
                    "Provision of official records and documents",
                    14),
            new Kind(
                    RequestType.ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES,
                    "Rome Statute art. 93(1)(j)",
                    "Protection of a witness and preservation of evidence",
                    8),
            new Kind(
                    RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING,
                    "Rome Statute art. 93(1)(k)",
                    "Identification, tracing and freezing of assets for eventual forfeiture",
                    10),
            new Kind(
                    RequestType.ASSISTANCE_SEARCHES_AND_SEIZURES,
                    "Rome Statute art. 93(1)(h)",
                    "Search of premises and seizure of documents",
                    6),
            new Kind(
                    RequestType.ARREST_AND_SURRENDER,
                    "Rome Statute art. 89(1)",
                    "Arrest and surrender of a person sought",
                    2));

    private static final int TOTAL_WEIGHT =
            KINDS.stream().mapToInt(Kind::weight).sum();
    private static final List<String> SITUATIONS = List.of(
            "ICC-01/04",
            "ICC-02/05",
            "ICC-01/09",
            "ICC-02/11",
            "ICC-01/12",
            "ICC-01/14",
            "ICC-01/15",
            "ICC-02/17",
            "ICC-01/18",
            "ICC-01/21");

    /** A drafted request: its JSON body, and what the simulation needs to know of it. */
    record Draft(String addressee, RequestType type, String language, String json) {}

    private RequestForms() {}

    static Draft draft(SplittableRandom random, Parties.Party party, LocalDate today) {
        Kind kind = pick(random);
        String language = party.languages().get(random.nextInt(party.languages().size()));
        String situation = SITUATIONS.get(random.nextInt(SITUATIONS.size()));
        int serial = 1 + random.nextInt(9999);
        var contents = new LinkedHashMap<String, Object>();
        contents.put("purposeAndLegalBasis", kind.purpose() + " (" + kind.legalBasis() + ")");
        boolean arrest = kind.type() == RequestType.ARREST_AND_SURRENDER;
        String person = Json.object(fields(
                "role", arrest ? "PERSON_SOUGHT" : "WITNESS",
                "name", "Person " + serial,
                "description", "Simulated person, born " + (1950 + random.nextInt(50))));
        contents.put("persons", new Json.Raw("[" + person + "]"));
        if (kind.type() == RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING) {
            String asset = Json.object(fields(
                    "kind", "BANK_ACCOUNT",
                    "description", "Account held for the person concerned",
                    "estimatedValue", (10 + random.nextInt(990)) * 1000 + " EUR"));
            contents.put("assets", new Json.Raw("[" + asset + "]"));
        }
        contents.put("essentialFacts", "Simulated live traffic in situation " + situation);
        var form = new LinkedHashMap<String, Object>();
        form.put("addressee", party.code());
        form.put("requestType", kind.type().name());
        form.put("legalBasis", kind.legalBasis());
        form.put(
                "requestingOrgan",
                arrest ? "CHAMBERS" : random.nextInt(4) == 0 ? "REGISTRY" : "OFFICE_OF_THE_PROSECUTOR");
        form.put("situation", situation);
        form.put("priority", arrest || random.nextInt(10) == 0 ? "URGENT" : "ROUTINE");
        form.put("confidentiality", arrest ? "UNDER_SEAL" : "CONFIDENTIAL");
        form.put("dueBy", today.plusDays(30 + random.nextInt(91)).toString());
        form.put("language", language);
        form.put("contents", contents);
        if (arrest) {
            form.put("warrantReference", situation + "-" + serial + "-Warrant");
        }
        return new Draft(party.code(), kind.type(), language, Json.object(form));
    }

    static Map<String, Object> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Kind pick(SplittableRandom random) {
        int pick = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : KINDS) {
            if ((pick -= kind.weight()) < 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }
}
