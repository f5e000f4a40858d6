package org.coophub.cli.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Art. 87(2) language choices, as the CSV spells them, to BCP 47 tags: {@code English} → {@code en},
 * {@code English|French} → {@code en}, {@code fr}, {@code national:Spanish} → {@code es}; empty →
 * none, meaning a working language of the Court (rule 178(2)).
 */
final class Languages {

    private static final String NATIONAL = "national:";

    private Languages() {}

    static List<String> toBcp47(String choice) {
        var tags = new ArrayList<String>();
        if (choice == null || choice.isBlank()) {
            return tags;
        }
        for (String part : choice.split("\\|")) {
            String name = part.trim();
            if (name.startsWith(NATIONAL)) {
                name = name.substring(NATIONAL.length()).trim();
            }
            tags.add(isoCode(name));
        }
        return tags;
    }

    /** The ISO 639-1 code whose English display name is {@code name}. */
    static String isoCode(String name) {
        for (String code : Locale.getISOLanguages()) {
            if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return code;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a language with an ISO 639-1 code");
    }
}
