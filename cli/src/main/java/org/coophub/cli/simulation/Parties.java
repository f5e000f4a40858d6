package org.coophub.cli.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coophub.schemas.directory.RegionalGroup;

/**
 * What the simulation needs of the directory: each State's regional group and the languages it
 * accepts requests in (art. 87(2)), read from the CLI's {@code directory/states-parties.csv}. A
 * party not in the file (an organisation) is {@link RegionalGroup#OTHER} and takes the Court's
 * working languages.
 */
final class Parties {

    /** Rule 178(2): the Court's working languages, what a party with no declared choice accepts. */
    static final List<String> WORKING_LANGUAGES = List.of("en", "fr");

    private static final String RESOURCE = "/directory/states-parties.csv";
    private static final String NATIONAL = "national:";

    /** One party as the simulation sees it. */
    record Party(String code, RegionalGroup group, List<String> languages) {}

    private final Map<String, Party> byCode;

    Parties(Map<String, Party> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static Parties fromDirectoryFile() {
        try (InputStream in = Parties.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the CLI jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var parties = new LinkedHashMap<String, Party>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    Party party = parse(line);
                    parties.put(party.code(), party);
                }
            }
            return new Parties(parties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The party, or an organisation-like default for a code the file does not hold. */
    Party party(String code) {
        return byCode.getOrDefault(code, new Party(code, RegionalGroup.OTHER, WORKING_LANGUAGES));
    }

    private static Party parse(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 9) {
            throw new IllegalArgumentException("expected 9 fields in " + RESOURCE + ": " + line);
        }
        return new Party(fields[0], group(fields[2]), languages(fields[8]));
    }

    private static RegionalGroup group(String name) {
        return switch (name) {
            case "African" -> RegionalGroup.AFRICAN;
            case "Asia-Pacific" -> RegionalGroup.ASIA_PACIFIC;
            case "Eastern European" -> RegionalGroup.EASTERN_EUROPEAN;
            case "GRULAC" -> RegionalGroup.GRULAC;
            case "WEOG" -> RegionalGroup.WEOG;
            default -> RegionalGroup.OTHER;
        };
    }

    /** {@code English|French} → en, fr; {@code national:Spanish} → es; empty → the working languages. */
    static List<String> languages(String choice) {
        if (choice == null || choice.isBlank()) {
            return WORKING_LANGUAGES;
        }
        var tags = new ArrayList<String>();
        for (String part : choice.split("\\|")) {
            String name = part.trim();
            if (name.startsWith(NATIONAL)) {
                name = name.substring(NATIONAL.length()).trim();
            }
            tags.add(isoCode(name));
        }
        return List.copyOf(tags);
    }

    private static String isoCode(String name) {
        for (String code : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return code;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a language with an ISO 639-1 code");
    }
}
