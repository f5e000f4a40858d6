package org.coophub.cli.directory;

import java.util.List;
import org.coophub.schemas.directory.RegionalGroup;

/**
 * A State Party as the directory seed publishes it, for generators that address requests to it.
 *
 * @param languages its art. 87(2) choice as BCP 47 tags; empty means a working language of the Court
 */
public record PartyEntry(String code, String name, RegionalGroup group, List<String> languages) {

    /** The Court's working languages (rule 178(2)), which a party that made no choice accepts. */
    public static final List<String> WORKING_LANGUAGES = List.of("en", "fr");

    public PartyEntry {
        languages = List.copyOf(languages);
    }

    /** The languages the dispatch service accepts a request to this party in. */
    public List<String> acceptedLanguages() {
        return languages.isEmpty() ? WORKING_LANGUAGES : languages;
    }

    /** The States Parties at {@code asOf}, in the list's order. */
    public static List<PartyEntry> statesParties(AsOf asOf) {
        return StatesParties.read().stream()
                .filter(state -> state.isParty(asOf))
                .map(state -> new PartyEntry(
                        state.code(), state.name(), state.group(), Languages.toBcp47(state.languageChoice())))
                .toList();
    }
}
