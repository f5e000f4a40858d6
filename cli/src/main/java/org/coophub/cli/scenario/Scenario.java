package org.coophub.cli.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coophub.cli.directory.Agreements;
import org.coophub.cli.directory.PartyEntry;
import org.coophub.schemas.directory.AgreementKind;
import org.coophub.schemas.request.RequestType;

/**
 * The seeded year of history: 28 October 2016 to the reference date, 27 October 2017, addressed to
 * the 123 States Parties of 22 November 2017, plus 22 arrest warrants issued 2005 to 2017 of which 13
 * persons are at large on the reference date.
 *
 * <p>1,364 requests: the scenario's own figure, not a statistic. It is a little over a thousand a
 * year as the Registry of the period handled, about 27 a working week, so every type, group and
 * outcome shows in the dashboard while the whole history still backfills well within a minute. The
 * count is fixed (the types are quotas); the seed draws addressees, dates, answers and contents.
 *
 * @param silentParties the parties that never answer, by code
 */
public record Scenario(
        long seed, List<ScenarioRequest> requests, List<ScenarioWarrant> warrants, List<String> silentParties) {

    public static final long DEFAULT_SEED = 20171027L;
    public static final LocalDate FIRST_DAY = LocalDate.of(2016, 10, 28);
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2017, 10, 27);
    /** The end of the reference date: nothing in the scenario happens at or after it. */
    public static final Instant END = Generator.END;

    private static final ObjectMapper JSON = new ObjectMapper();

    public Scenario {
        requests = List.copyOf(requests);
        warrants = List.copyOf(warrants);
        silentParties = List.copyOf(silentParties);
    }

    public static Scenario generate(long seed) {
        return new Generator(seed).generate();
    }

    /** The {@code imported.source} of every request. */
    public static String source(long seed) {
        return "coophub scenario 2017 (seed " + seed + ")";
    }

    /** The request dispatched last: if the dispatch service knows it, the history is loaded. */
    public String lastRequestId() {
        return requests.get(requests.size() - 1).requestId();
    }

    public long atLarge() {
        return warrants.stream().filter(warrant -> warrant.atLargeOn(END)).count();
    }

    /** Every form and warrant as one JSON document, in posting order (for hashing and inspection). */
    public String json() {
        var document = new LinkedHashMap<String, Object>();
        document.put("requests", requests.stream().map(ScenarioRequest::form).toList());
        document.put(
                "warrants",
                warrants.stream()
                        .map(warrant -> {
                            var json = new LinkedHashMap<>(warrant.issuedJson());
                            json.put(
                                    "events",
                                    warrant.events().stream()
                                            .map(ScenarioWarrant.Step::json)
                                            .toList());
                            return json;
                        })
                        .toList());
        return toJson(document);
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario as JSON", e);
        }
    }

    /** The scenario's figures, as {@code ./coophub scenario describe} prints them. */
    public List<String> describe() {
        var lines = new ArrayList<String>();
        int total = requests.size();
        lines.add(String.format(
                Locale.ROOT,
                "scenario 2017, seed %d: %,d requests dispatched %s to %s (reference date), to %d of %d States Parties",
                seed,
                total,
                FIRST_DAY,
                REFERENCE_DATE,
                requests.stream().map(ScenarioRequest::addressee).distinct().count(),
                PartyEntry.statesParties(org.coophub.cli.directory.AsOf.BUREAU_REPORT)
                        .size()));
        Map<RequestType, Long> byType = new EnumMap<>(RequestType.class);
        requests.forEach(request -> byType.merge(request.requestType(), 1L, Long::sum));
        long assistance = byType.entrySet().stream()
                .filter(entry -> entry.getKey().name().startsWith("ASSISTANCE_"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long arrest = byType.getOrDefault(RequestType.ARREST_AND_SURRENDER, 0L)
                + byType.getOrDefault(RequestType.PROVISIONAL_ARREST, 0L);
        lines.add(String.format(
                Locale.ROOT,
                "by type (art. 93 %s, of which 93(1)(k) %s; arrest and provisional arrest %s):",
                percent(assistance, total),
                percent(byType.getOrDefault(RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING, 0L), total),
                percent(arrest, total)));
        byType.forEach((type, count) -> lines.add(String.format(Locale.ROOT, "  %-46s %5d", type, count)));
        lines.add("by regional group (requests, parties addressed, open at the reference date):");
        var byGroup = requests.stream()
                .collect(Collectors.groupingBy(request -> request.group().name(), TreeMap::new, Collectors.toList()));
        byGroup.forEach((group, list) -> lines.add(String.format(
                Locale.ROOT,
                "  %-18s %5d %4d %5d",
                group,
                list.size(),
                list.stream().map(ScenarioRequest::addressee).distinct().count(),
                list.stream().filter(ScenarioRequest::open).count())));
        lines.add("priority: " + counts(ScenarioRequest::priority) + "; confidentiality: "
                + counts(ScenarioRequest::confidentiality) + "; language: " + counts(ScenarioRequest::language));
        long open = requests.stream().filter(ScenarioRequest::open).count();
        long unacknowledged = requests.stream()
                .filter(request -> !request.acknowledged() && !request.withdrawn())
                .count();
        lines.add(String.format(
                Locale.ROOT,
                "at the reference date: %,d open (%,d never acknowledged), %d withdrawn, %d consulted under art. 97",
                open,
                unacknowledged,
                requests.stream().filter(ScenarioRequest::withdrawn).count(),
                requests.stream().filter(ScenarioRequest::consulted).count()));
        lines.add("last status: " + counts(request -> request.withdrawn() ? "WITHDRAWN" : request.lastStatus()));
        var bundles = requests.stream()
                .filter(request -> request.coordinationId() != null)
                .collect(Collectors.groupingBy(ScenarioRequest::coordinationId, TreeMap::new, Collectors.toList()));
        lines.add("bundles: " + bundles.size() + " — "
                + bundles.entrySet().stream()
                        .map(entry ->
                                entry.getKey() + " " + entry.getValue().get(0).requestType() + " to "
                                        + entry.getValue().stream()
                                                .map(ScenarioRequest::addressee)
                                                .collect(Collectors.joining("/")))
                        .collect(Collectors.joining("; ")));
        lines.add("parties that never answer: " + String.join(", ", silentParties));
        lines.add(String.format(
                Locale.ROOT,
                "warrants: %d issued %d to %d; %d at large on %s (%d under seal); ended: %s",
                warrants.size(),
                warrants.get(0).issuedAt().atZone(java.time.ZoneOffset.UTC).getYear(),
                warrants.get(warrants.size() - 1)
                        .issuedAt()
                        .atZone(java.time.ZoneOffset.UTC)
                        .getYear(),
                atLarge(),
                REFERENCE_DATE,
                warrants.stream()
                        .filter(warrant -> warrant.atLargeOn(END) && warrant.underSeal())
                        .count(),
                warrants.stream()
                        .filter(warrant -> !warrant.atLargeOn(END))
                        .collect(Collectors.groupingBy(ScenarioWarrant::fate, TreeMap::new, Collectors.counting()))));
        var agreements = new LinkedHashMap<String, Integer>();
        for (AgreementKind kind : List.of(
                AgreementKind.WITNESS_RELOCATION,
                AgreementKind.ENFORCEMENT_OF_SENTENCES,
                AgreementKind.INTERIM_RELEASE)) {
            agreements.put(kind.name(), Agreements.parties(kind).size());
        }
        lines.add("agreements in the directory (as of 2017-11-22): " + agreements);
        return lines;
    }

    private <T> Map<String, Long> counts(Function<ScenarioRequest, T> key) {
        return requests.stream()
                .collect(Collectors.groupingBy(
                        request -> String.valueOf(key.apply(request)), TreeMap::new, Collectors.counting()));
    }

    private static String percent(long part, long total) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / total);
    }
}
