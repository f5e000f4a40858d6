package org.coophub.dashboard.summary;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.RequestType;

/**
 * The filters the figures offer, each optional (null): a party, a regional group, a request type
 * ({@code UNDER_SEAL} for the requests under seal), and months of dispatch from and to
 * (inclusive).
 */
public record Filter(String party, String group, String type, YearMonth from, YearMonth to) {

    public static final Filter NONE = new Filter(null, null, null, null, null);

    /** The regional groups; a party with none, or not in the directory, is in {@code OTHER}. */
    public static final List<String> GROUPS =
            Arrays.stream(RegionalGroup.values()).map(Enum::name).toList();

    /** The request types, and {@code UNDER_SEAL} under which the sealed requests are counted. */
    public static final List<String> TYPES = Stream.concat(
                    Arrays.stream(RequestType.values()).map(Enum::name), Stream.of("UNDER_SEAL"))
            .toList();

    /**
     * The filter of these query parameters; throws {@link UnknownFilter} for a group, type or month
     * the figures do not know. The party is checked against the snapshot.
     */
    public static Filter parse(String party, String group, String type, String from, String to) {
        if (group != null && !group.isBlank() && !GROUPS.contains(group)) {
            throw new UnknownFilter("group=" + group + ": one of " + GROUPS);
        }
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw new UnknownFilter("type=" + type + ": not a request type");
        }
        return new Filter(
                blankToNull(party), blankToNull(group), blankToNull(type), month("from", from), month("to", to));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnknownFilter(name + "=" + value + ": a month as yyyy-MM");
        }
    }

    /** Whether a request of this party, group, shown type and month of dispatch passes. */
    boolean matches(String requestParty, String requestGroup, String requestType, YearMonth month) {
        return (party == null || party.equals(requestParty))
                && (group == null || group.equals(requestGroup))
                && (type == null || type.equals(requestType))
                && (from == null || !month.isBefore(from))
                && (to == null || !month.isAfter(to));
    }

    /** Whether a party of the directory passes the party and group filters. */
    boolean matchesParty(String code, String partyGroup) {
        return (party == null || party.equals(code)) && (group == null || group.equals(partyGroup));
    }
}
