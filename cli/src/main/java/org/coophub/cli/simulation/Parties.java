package org.coophub.cli.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.directory.PartyEntry;
import org.coophub.schemas.directory.RegionalGroup;

/**
 * What the simulation needs of the directory: each State's regional group and the languages it
 * accepts requests in (art. 87(2)), as the directory seed publishes them ({@link PartyEntry}). A
 * party not in the States Parties list (an organisation) is {@link RegionalGroup#OTHER} and takes
 * the Court's working languages.
 */
final class Parties {

    /** One party as the simulation sees it. */
    record Party(String code, RegionalGroup group, List<String> languages) {}

    private final Map<String, Party> byCode;

    Parties(Map<String, Party> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** Every State of the list, party in 2017 or today: a hub may have onboarded either. */
    static Parties fromDirectoryFile() {
        var parties = new LinkedHashMap<String, Party>();
        for (AsOf asOf : AsOf.values()) {
            for (PartyEntry entry : PartyEntry.statesParties(asOf)) {
                parties.putIfAbsent(entry.code(), new Party(entry.code(), entry.group(), entry.acceptedLanguages()));
            }
        }
        return new Parties(parties);
    }

    /** The party, or an organisation-like default for a code the list does not hold. */
    Party party(String code) {
        return byCode.getOrDefault(code, new Party(code, RegionalGroup.OTHER, PartyEntry.WORKING_LANGUAGES));
    }
}
