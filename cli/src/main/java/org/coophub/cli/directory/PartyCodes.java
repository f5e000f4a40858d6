package org.coophub.cli.directory;

import java.util.List;

/** The codes of the States Parties at a date: the parties {@code up} onboards for the scenario. */
public final class PartyCodes {

    private PartyCodes() {}

    /** ISO 3166-1 alpha-3 codes of the States Parties at {@code asOf}, in the list's order. */
    public static List<String> of(AsOf asOf) {
        return StatesParties.read().stream()
                .filter(state -> state.isParty(asOf))
                .map(StatesParties.State::code)
                .toList();
    }
}
