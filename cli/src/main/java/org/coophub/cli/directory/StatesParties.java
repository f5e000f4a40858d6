package org.coophub.cli.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coophub.schemas.directory.CommunicationChannel;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.RegionalGroup;

/** {@code directory/states-parties.csv}: every State that is or was a party to the Rome Statute. */
final class StatesParties {

    static final String RESOURCE = "/directory/states-parties.csv";

    /**
     * One row.
     *
     * @param partyThen {@code party_as_of_2017_11_22}
     * @param partyToday {@code party_as_of_2026_11_26}
     */
    record State(
            String code,
            String name,
            RegionalGroup group,
            LocalDate dateOfDeposit,
            LocalDate entryIntoForce,
            LocalDate withdrawalEffective,
            boolean partyThen,
            boolean partyToday,
            String languageChoice) {

        boolean isParty(AsOf asOf) {
            return asOf == AsOf.BUREAU_REPORT ? partyThen : partyToday;
        }

        PartyProfile profile(Instant updatedAt) {
            return PartyProfile.newBuilder()
                    .setCode(code)
                    .setName(name)
                    .setKind(PartyKind.STATE_PARTY)
                    .setRegionalGroup(group)
                    .setDateOfDeposit(dateOfDeposit)
                    .setEntryIntoForce(entryIntoForce)
                    .setWithdrawalEffective(withdrawalEffective)
                    .setActive(true)
                    .setChannel(CommunicationChannel.DIPLOMATIC)
                    .setLanguages(Languages.toBcp47(languageChoice))
                    .setAgreements(Agreements.of(code))
                    .setUpdatedAt(updatedAt)
                    .build();
        }
    }

    private StatesParties() {}

    static List<State> read() {
        try (InputStream in = StatesParties.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the CLI jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var states = new ArrayList<State>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    states.add(parse(line));
                }
            }
            return states;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file quotes nothing: no name holds a comma. */
    static State parse(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 9) {
            throw new IllegalArgumentException("expected 9 fields in " + RESOURCE + ": " + line);
        }
        return new State(
                fields[0],
                fields[1],
                group(fields[2]),
                date(fields[3]),
                date(fields[4]),
                date(fields[5]),
                "yes".equals(fields[6]),
                "yes".equals(fields[7]),
                fields[8]);
    }

    static RegionalGroup group(String name) {
        return switch (name) {
            case "African" -> RegionalGroup.AFRICAN;
            case "Asia-Pacific" -> RegionalGroup.ASIA_PACIFIC;
            case "Eastern European" -> RegionalGroup.EASTERN_EUROPEAN;
            case "GRULAC" -> RegionalGroup.GRULAC;
            case "WEOG" -> RegionalGroup.WEOG;
            default -> RegionalGroup.OTHER;
        };
    }

    private static LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text);
    }
}
