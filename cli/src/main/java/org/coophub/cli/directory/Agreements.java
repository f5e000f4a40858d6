package org.coophub.cli.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coophub.schemas.directory.AgreementKind;
import org.coophub.schemas.directory.VoluntaryAgreement;

/**
 * The voluntary agreements the directory seed carries: 18 witness-relocation arrangements, 10
 * enforcement-of-sentences agreements and 1 interim-release agreement, the counts of the Bureau's
 * report on cooperation of 22 November 2017 (ICC-ASP/16/17). The counts are the report's; the choice
 * of States, the dates and the references are the scenario's, not a record of who signed what
 * (witness-relocation agreements are confidential, so no real list exists to copy). Every State
 * chosen is a party both in 2017 and today, so {@code --as-of today} keeps the same agreements.
 */
public final class Agreements {

    /** Witness relocation (art. 68, rule 16(4)): confidential, so no reference is published. */
    private static final List<String> WITNESS_RELOCATION = List.of(
            "AUS", "AUT", "BEL", "CAN", "DNK", "ESP", "FIN", "GBR", "IRL", "ITA", "NLD", "NOR", "NZL", "PRT", "SWE",
            "CHE", "SVK", "URY");

    /** Enforcement of sentences (art. 103). */
    private static final List<String> ENFORCEMENT_OF_SENTENCES =
            List.of("AUT", "GBR", "BEL", "DNK", "FIN", "MLI", "SRB", "COL", "NOR", "ARG");

    /** Interim release (art. 60, rule 119). */
    private static final List<String> INTERIM_RELEASE = List.of("BEL");

    private static final Map<String, List<VoluntaryAgreement>> BY_PARTY = build();

    private Agreements() {}

    /** The agreements concluded with {@code code}, oldest first; empty for most States. */
    public static List<VoluntaryAgreement> of(String code) {
        return BY_PARTY.getOrDefault(code, List.of()).stream()
                .map(agreement -> VoluntaryAgreement.newBuilder(agreement).build())
                .toList();
    }

    /** The parties with an agreement of {@code kind}, by code. */
    public static Set<String> parties(AgreementKind kind) {
        var parties = new TreeSet<String>(
                switch (kind) {
                    case WITNESS_RELOCATION -> WITNESS_RELOCATION;
                    case ENFORCEMENT_OF_SENTENCES -> ENFORCEMENT_OF_SENTENCES;
                    case INTERIM_RELEASE -> INTERIM_RELEASE;
                    default -> List.of();
                });
        return Collections.unmodifiableSet(parties);
    }

    private static Map<String, List<VoluntaryAgreement>> build() {
        var byParty = new TreeMap<String, List<VoluntaryAgreement>>();
        add(byParty, AgreementKind.WITNESS_RELOCATION, WITNESS_RELOCATION, LocalDate.of(2006, 3, 1), null);
        add(
                byParty,
                AgreementKind.ENFORCEMENT_OF_SENTENCES,
                ENFORCEMENT_OF_SENTENCES,
                LocalDate.of(2005, 10, 1),
                "ICC-PRES/ENF-");
        add(byParty, AgreementKind.INTERIM_RELEASE, INTERIM_RELEASE, LocalDate.of(2014, 4, 1), "ICC-PRES/IR-");
        byParty.replaceAll((code, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byParty);
    }

    /**
     * One agreement per State, the dates spread over the years from {@code first} to mid-2017 in list
     * order (deterministic: no seed).
     */
    private static void add(
            Map<String, List<VoluntaryAgreement>> byParty,
            AgreementKind kind,
            List<String> codes,
            LocalDate first,
            String referencePrefix) {
        LocalDate last = LocalDate.of(2017, 6, 30);
        long span = last.toEpochDay() - first.toEpochDay();
        for (int i = 0; i < codes.size(); i++) {
            LocalDate concluded = codes.size() == 1
                    ? first
                    : LocalDate.ofEpochDay(first.toEpochDay() + span * i / (codes.size() - 1));
            var agreement = VoluntaryAgreement.newBuilder()
                    .setKind(kind)
                    .setConcludedOn(concluded)
                    .setReference(referencePrefix == null ? null : referencePrefix + codes.get(i))
                    .build();
            byParty.computeIfAbsent(codes.get(i), code -> new ArrayList<>()).add(agreement);
        }
    }
}
