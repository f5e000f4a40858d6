package org.coophub.schemas;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one catalogue of topic names. Apps never spell a topic name themselves: confidentiality
 * (art. 87(3)) rests on each party having its own topics, and the broker's ACLs are granted on
 * exactly these names.
 */
public final class Topics {

    /** Arrest-warrant lifecycle events, written by the court only. */
    public static final String COURT_WARRANTS = "coop.court.warrants";

    /** Party profiles, compacted, key = party code. */
    public static final String DIRECTORY = "coop.directory";

    /** The schema registry's own compacted store. */
    public static final String SCHEMAS = "_schemas";

    /** Prefix of every per-party topic, for prefixed ACLs and patterns. */
    public static final String PARTY_PREFIX = "coop.";

    private static final String REQUESTS_SUFFIX = ".requests";
    private static final String RESPONSES_SUFFIX = ".responses";
    private static final String DEAD_LETTER_SUFFIX = ".requests-dlt";

    /**
     * A party code: ISO 3166-1 alpha-3 for States ({@code FRA}), a short upper-case code for
     * organisations ({@code EU}, {@code UN}). Upper case keeps them apart from {@code coop.court.*}.
     */
    public static final Pattern PARTY_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    /** Every party's requests topic; group 1 is the party code. */
    public static final Pattern ALL_REQUESTS = Pattern.compile("coop\\.(" + PARTY_CODE + ")\\.requests");

    /** Every party's responses topic; group 1 is the party code. */
    public static final Pattern ALL_RESPONSES = Pattern.compile("coop\\.(" + PARTY_CODE + ")\\.responses");

    private static final Pattern ANY_PARTY_TOPIC =
            Pattern.compile("coop\\.(" + PARTY_CODE + ")\\.(requests|responses|requests-dlt)");

    private Topics() {}

    /** {@code coop.<P>.requests}: requests and court notices for party P, key = request id. */
    public static String requests(String party) {
        return PARTY_PREFIX + checkedParty(party) + REQUESTS_SUFFIX;
    }

    /** {@code coop.<P>.responses}: receipts, status updates and notifications from party P. */
    public static String responses(String party) {
        return PARTY_PREFIX + checkedParty(party) + RESPONSES_SUFFIX;
    }

    /** {@code coop.<P>.requests-dlt}: records party P's gateway could not read, with their bytes. */
    public static String requestsDeadLetter(String party) {
        return PARTY_PREFIX + checkedParty(party) + DEAD_LETTER_SUFFIX;
    }

    /** The party a per-party topic belongs to, or empty for any other topic. */
    public static Optional<String> partyOf(String topic) {
        Matcher matcher = ANY_PARTY_TOPIC.matcher(topic);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether {@code code} is a well-formed party code. */
    public static boolean isPartyCode(String code) {
        return code != null && PARTY_CODE.matcher(code).matches();
    }

    private static String checkedParty(String party) {
        if (!isPartyCode(party)) {
            throw new IllegalArgumentException("'" + party
                    + "' is not a party code: expected ISO 3166-1 alpha-3 (e.g. FRA) or an upper-case"
                    + " organisation code of 2 to 12 letters and digits");
        }
        return party;
    }
}
