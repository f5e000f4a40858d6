package org.coophub.cli.scenario;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Invented names: persons, companies, places and banks built from syllables, so no real person,
 * firm or address is named. Any resemblance is a coincidence of syllables.
 */
final class Fiction {

    private static final List<String> ONSETS = List.of(
            "Ka", "Lo", "Mbe", "Tu", "Ri", "Sa", "Ndo", "Ve", "Zu", "Ma", "Obi", "Ye", "Fa", "Gu", "Ha", "Ki", "Lu",
            "Ne", "Pa", "Ro", "Se", "Ta", "Va", "Wu", "Da", "Be", "Ko", "Mi");
    private static final List<String> MIDDLES =
            List.of("la", "ro", "ve", "ni", "ta", "mu", "se", "do", "ka", "ri", "lo", "ba", "ze", "nu", "ga");
    private static final List<String> ENDINGS =
            List.of("mi", "ndra", "te", "ko", "lin", "sa", "vo", "ru", "ne", "ba", "ric", "so", "dan", "ya", "mon");
    private static final List<String> COMPANY_KINDS = List.of(
            "Holdings Ltd",
            "Trading SA",
            "Resources SARL",
            "Logistics Ltd",
            "Mining Corp",
            "Invest AG",
            "Import-Export SPRL",
            "Shipping Ltd");
    private static final List<String> BANKS = List.of(
            "Banque Méridienne du Lac",
            "Harbourline Private Bank",
            "Crédit Fictif de l'Est",
            "Bank Aurelion",
            "Northgate Trust Bank",
            "Banco Imaginario del Sur");
    private static final List<String> PLACE_KINDS =
            List.of("village", "district", "camp", "market town", "hill settlement", "river crossing");

    private Fiction() {}

    static String word(RandomGenerator random) {
        String word = pick(random, ONSETS) + pick(random, MIDDLES);
        if (random.nextBoolean()) {
            word += pick(random, MIDDLES);
        }
        return word + pick(random, ENDINGS);
    }

    static String personName(RandomGenerator random) {
        return capitalised(word(random)) + " " + capitalised(word(random));
    }

    static String company(RandomGenerator random) {
        return capitalised(word(random)) + " " + pick(random, COMPANY_KINDS);
    }

    static String bank(RandomGenerator random) {
        return pick(random, BANKS);
    }

    static String place(RandomGenerator random) {
        return capitalised(word(random)) + " " + pick(random, PLACE_KINDS);
    }

    static String birthYear(RandomGenerator random) {
        return Integer.toString(1950 + random.nextInt(45));
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
