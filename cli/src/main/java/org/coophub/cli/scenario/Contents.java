package org.coophub.cli.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.coophub.cli.directory.PartyEntry;
import org.coophub.cli.scenario.Situations.Situation;
import org.coophub.schemas.request.RequestType;

/** Art. 96(2) contents for a request of the scenario: plausible in shape, fictitious in substance. */
final class Contents {

    private Contents() {}

    static String legalBasis(RequestType type) {
        return switch (type) {
            case ARREST_AND_SURRENDER -> "art. 89(1)";
            case PROVISIONAL_ARREST -> "art. 92";
            case ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS -> "art. 93(1)(a)";
            case ASSISTANCE_TAKING_OF_EVIDENCE -> "art. 93(1)(b)";
            case ASSISTANCE_QUESTIONING_OF_PERSONS -> "art. 93(1)(c)";
            case ASSISTANCE_SERVICE_OF_DOCUMENTS -> "art. 93(1)(d)";
            case ASSISTANCE_VOLUNTARY_APPEARANCE -> "art. 93(1)(e)";
            case ASSISTANCE_TEMPORARY_TRANSFER -> "art. 93(1)(f)";
            case ASSISTANCE_EXAMINATION_OF_PLACES -> "art. 93(1)(g)";
            case ASSISTANCE_SEARCHES_AND_SEIZURES -> "art. 93(1)(h)";
            case ASSISTANCE_RECORDS_AND_DOCUMENTS -> "art. 93(1)(i)";
            case ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES -> "art. 93(1)(j)";
            case ASSISTANCE_ASSETS_TRACING_AND_FREEZING -> "art. 93(1)(k)";
            case ASSISTANCE_OTHER -> "art. 93(1)(l)";
            case WITNESS_RELOCATION -> "arts. 68(1) and 93(1)(j)";
            case ENFORCEMENT_OF_SENTENCE -> "art. 103(1)";
            case INTERIM_RELEASE -> "art. 60(2)";
            case FINAL_RELEASE -> "art. 81(3)(c)";
            case OTHER -> "art. 87(1)";
        };
    }

    private static String purpose(RequestType type) {
        return switch (type) {
            case ARREST_AND_SURRENDER -> "Arrest and surrender of a person sought under a warrant of arrest";
            case PROVISIONAL_ARREST -> "Provisional arrest, pending a request for surrender, of a person sought";
            case ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS -> "Identification and whereabouts of persons";
            case ASSISTANCE_TAKING_OF_EVIDENCE -> "Taking of evidence, including testimony under oath";
            case ASSISTANCE_QUESTIONING_OF_PERSONS -> "Questioning of a person being investigated";
            case ASSISTANCE_SERVICE_OF_DOCUMENTS -> "Service of documents, including judicial documents";
            case ASSISTANCE_VOLUNTARY_APPEARANCE ->
                "Facilitating the voluntary appearance of a witness before the Court";
            case ASSISTANCE_TEMPORARY_TRANSFER -> "Temporary transfer of a person in custody for testimony";
            case ASSISTANCE_EXAMINATION_OF_PLACES -> "Examination of places and sites, including exhumation";
            case ASSISTANCE_SEARCHES_AND_SEIZURES -> "Execution of searches and seizures";
            case ASSISTANCE_RECORDS_AND_DOCUMENTS -> "Provision of records and documents, including official records";
            case ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES -> "Protection of victims and witnesses";
            case ASSISTANCE_ASSETS_TRACING_AND_FREEZING ->
                "Identification, tracing and freezing of proceeds, property, assets and instrumentalities";
            case ASSISTANCE_OTHER -> "Other assistance not prohibited by the law of the requested State";
            case WITNESS_RELOCATION -> "Relocation of a witness at risk and of close family members";
            case ENFORCEMENT_OF_SENTENCE -> "Designation as State of enforcement of a sentence of imprisonment";
            case INTERIM_RELEASE -> "Acceptance on the territory of a person granted interim release";
            case FINAL_RELEASE -> "Acceptance on the territory of a person released after acquittal";
            case OTHER -> "Cooperation on a matter not listed in Part 9";
        };
    }

    static String organ(SplittableRandom random, RequestType type) {
        double draw = random.nextDouble();
        return switch (type) {
            case ARREST_AND_SURRENDER,
                    PROVISIONAL_ARREST,
                    ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES,
                    WITNESS_RELOCATION,
                    INTERIM_RELEASE,
                    FINAL_RELEASE -> "REGISTRY";
            case ENFORCEMENT_OF_SENTENCE -> "PRESIDENCY";
            case ASSISTANCE_SERVICE_OF_DOCUMENTS -> draw < 0.6 ? "CHAMBERS" : "REGISTRY";
            default -> draw < 0.72 ? "OFFICE_OF_THE_PROSECUTOR" : draw < 0.84 ? "DEFENCE" : "CHAMBERS";
        };
    }

    static Map<String, Object> of(
            SplittableRandom random, RequestType type, Situation situation, PartyEntry party, ScenarioWarrant warrant) {
        var persons = new ArrayList<Map<String, Object>>();
        var places = new ArrayList<Map<String, Object>>();
        var assets = new ArrayList<Map<String, Object>>();
        String where = Fiction.place(random);
        switch (type) {
            case ARREST_AND_SURRENDER, PROVISIONAL_ARREST ->
                persons.add(person(
                        "PERSON_SOUGHT",
                        warrant.personName(),
                        "Sought under warrant " + warrant.warrantId() + " (" + warrant.personReference()
                                + "); about 1.80 m, scar on the left forearm",
                        "reported in " + party.name()));
            case ASSISTANCE_ASSETS_TRACING_AND_FREEZING -> {
                String holder = Fiction.personName(random);
                persons.add(person("SUSPECT", holder, "Suspected beneficial owner of the assets below", null));
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    assets.add(asset(random, holder, party));
                }
            }
            case ASSISTANCE_EXAMINATION_OF_PLACES, ASSISTANCE_SEARCHES_AND_SEIZURES -> {
                places.add(Map.of("description", "Premises at " + where, "address", where + ", " + party.name()));
                persons.add(person("OTHER", Fiction.personName(random), "Occupant of the premises", where));
            }
            case ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS, ASSISTANCE_QUESTIONING_OF_PERSONS ->
                persons.add(person(
                        type == RequestType.ASSISTANCE_QUESTIONING_OF_PERSONS ? "SUSPECT" : "PERSON_SOUGHT",
                        Fiction.personName(random),
                        "Born " + Fiction.birthYear(random) + "; believed to reside in " + party.name(),
                        where));
            case ASSISTANCE_RECORDS_AND_DOCUMENTS, OTHER, ASSISTANCE_OTHER -> {}
            case ENFORCEMENT_OF_SENTENCE, INTERIM_RELEASE, FINAL_RELEASE, ASSISTANCE_TEMPORARY_TRANSFER ->
                persons.add(person(
                        "ACCUSED", Fiction.personName(random), "Detained at the Court's detention centre", null));
            default ->
                persons.add(person(
                        "WITNESS",
                        Fiction.personName(random),
                        "Born " + Fiction.birthYear(random) + "; protected witness, pseudonym on file",
                        null));
        }
        var contents = new LinkedHashMap<String, Object>();
        contents.put(
                "purposeAndLegalBasis",
                purpose(type) + " (Rome Statute " + legalBasis(type) + "), in the situation " + situation.reference());
        contents.put("persons", persons);
        contents.put("places", places);
        contents.put("assets", assets);
        contents.put(
                "essentialFacts",
                "Crimes within the jurisdiction of the Court are alleged to have been committed in and around "
                        + where + " between " + (2002 + random.nextInt(12)) + " and " + (2014 + random.nextInt(3))
                        + " (fictitious facts of the seeded scenario).");
        contents.put("procedure", procedure(type));
        return contents;
    }

    private static String procedure(RequestType type) {
        return switch (type) {
            case ARREST_AND_SURRENDER, PROVISIONAL_ARREST -> "Inform the Registry at once of any arrest (rule 184)";
            case ASSISTANCE_SERVICE_OF_DOCUMENTS -> "Personal service; please return the certificate of service";
            case ASSISTANCE_ASSETS_TRACING_AND_FREEZING -> "Freeze without prior notice to the holder (art. 57(3)(e))";
            default -> "Please keep the Registry's focal point informed of progress";
        };
    }

    private static Map<String, Object> person(String role, String name, String description, String location) {
        var person = new LinkedHashMap<String, Object>();
        person.put("role", role);
        person.put("name", name);
        person.put("description", description);
        if (location != null) {
            person.put("lastKnownLocation", location);
        }
        return person;
    }

    private static Map<String, Object> asset(SplittableRandom random, String holder, PartyEntry party) {
        var asset = new LinkedHashMap<String, Object>();
        double draw = random.nextDouble();
        if (draw < 0.55) {
            asset.put("kind", "BANK_ACCOUNT");
            asset.put("description", "Account ending " + (1000 + random.nextInt(9000)) + " at " + Fiction.bank(random));
        } else if (draw < 0.7) {
            asset.put("kind", "COMPANY_SHARES");
            asset.put("description", "Shares in " + Fiction.company(random));
        } else if (draw < 0.85) {
            asset.put("kind", "REAL_ESTATE");
            asset.put("description", "Villa at " + Fiction.place(random));
        } else if (draw < 0.93) {
            asset.put("kind", "VEHICLE");
            asset.put("description", "Two off-road vehicles registered to " + Fiction.company(random));
        } else {
            asset.put("kind", "VIRTUAL_ASSETS");
            asset.put("description", "Wallet holdings traced through an exchange");
        }
        asset.put("holder", random.nextBoolean() ? holder : Fiction.company(random));
        asset.put("location", party.name());
        asset.put("estimatedValue", "USD " + (50 + random.nextInt(4950)) + ",000");
        return asset;
    }
}
