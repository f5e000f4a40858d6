package org.coophub.cli.scenario;

import static org.coophub.schemas.request.RequestType.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.coophub.cli.directory.Agreements;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.directory.PartyEntry;
import org.coophub.cli.scenario.Situations.Situation;
import org.coophub.schemas.directory.AgreementKind;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RequestType;

/**
 * Draws the scenario from one seed. Every draw comes from {@link SplittableRandom}s split from the
 * seed in a fixed order (parties, then warrants, then requests), so the same seed gives the same
 * scenario byte for byte.
 */
final class Generator {

    static final Instant END =
            Scenario.REFERENCE_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /**
     * How many requests of each type: quotas rather than draws, so the proportions hold for every
     * seed (art. 93 87.5 %, of which 93(1)(k) 10.0 %; arrest and provisional arrest 3.0 %).
     */
    private static final Map<RequestType, Integer> QUOTAS = quotas();

    private static final int BUNDLES = 8;
    private static final List<RequestType> BUNDLE_TYPES = List.of(
            ASSISTANCE_ASSETS_TRACING_AND_FREEZING,
            ARREST_AND_SURRENDER,
            ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS,
            ASSISTANCE_RECORDS_AND_DOCUMENTS,
            ASSISTANCE_SEARCHES_AND_SEIZURES);

    /** Median days to acknowledge by regional group, before each party's own spread. */
    private static final Map<RegionalGroup, Double> ACK_MEDIAN_DAYS = Map.of(
            RegionalGroup.WEOG, 1.5,
            RegionalGroup.EASTERN_EUROPEAN, 2.5,
            RegionalGroup.GRULAC, 4.0,
            RegionalGroup.AFRICAN, 4.0,
            RegionalGroup.ASIA_PACIFIC, 5.0);

    private static final Set<String> FINANCIAL_CENTRES = Set.of(
            "CHE", "LUX", "GBR", "LIE", "CYP", "MLT", "NLD", "BEL", "FRA", "DEU", "ZAF", "MUS", "SYC", "PAN", "SMR",
            "AND", "IRL");
    private static final Set<String> HOST_STATES = Set.of("NLD", "FRA", "BEL", "DEU", "GBR", "CHE", "ZAF");
    private static final Set<String> FRANCOPHONE = Set.of(
            "COD", "CAF", "CIV", "MLI", "SEN", "BFA", "NER", "TCD", "COG", "GAB", "GIN", "BEN", "COM", "DJI", "MDG",
            "TUN", "FRA", "BEL", "LUX", "CHE", "CAN");

    /**
     * A party's answering habit.
     *
     * @param silent never answers
     * @param slowness multiplies every delay after the acknowledgement
     */
    record Behaviour(double ackMedianDays, boolean silent, double slowness) {}

    private enum Audience {
        GENERAL,
        ASSETS,
        ARREST,
        RELOCATION,
        ENFORCEMENT,
        INTERIM
    }

    private record Draft(RequestType type, String addressee, Instant dispatchedAt, String coordinationId) {}

    private final long seed;
    private final List<PartyEntry> parties = PartyEntry.statesParties(AsOf.BUREAU_REPORT);
    private final Map<String, PartyEntry> byCode = new HashMap<>();
    private final Map<String, Behaviour> behaviour = new HashMap<>();
    private final Map<Audience, double[]> weights = new EnumMap<>(Audience.class);
    private final List<LocalDate> workingDays = workingDays();
    private final Map<String, List<String>> cases = new HashMap<>();

    Generator(long seed) {
        this.seed = seed;
        parties.forEach(party -> byCode.put(party.code(), party));
    }

    Scenario generate() {
        var root = new SplittableRandom(seed);
        SplittableRandom partyRandom = root.split();
        SplittableRandom warrantRandom = root.split();
        SplittableRandom requestRandom = root.split();
        behaviours(partyRandom);
        for (Audience audience : Audience.values()) {
            weights.put(audience, weights(audience));
        }
        List<ScenarioWarrant> warrants = new Warrants(warrantRandom, byCode.keySet()).draw();
        List<ScenarioRequest> requests = requests(requestRandom, warrants);
        var silent = behaviour.entrySet().stream()
                .filter(entry -> entry.getValue().silent())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new Scenario(seed, requests, warrants, silent);
    }

    static int requestCount() {
        return QUOTAS.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<RequestType, Integer> quotas() {
        var quotas = new EnumMap<RequestType, Integer>(RequestType.class);
        quotas.put(ARREST_AND_SURRENDER, 28);
        quotas.put(PROVISIONAL_ARREST, 13);
        quotas.put(ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS, 170);
        quotas.put(ASSISTANCE_TAKING_OF_EVIDENCE, 150);
        quotas.put(ASSISTANCE_QUESTIONING_OF_PERSONS, 110);
        quotas.put(ASSISTANCE_SERVICE_OF_DOCUMENTS, 160);
        quotas.put(ASSISTANCE_VOLUNTARY_APPEARANCE, 70);
        quotas.put(ASSISTANCE_TEMPORARY_TRANSFER, 12);
        quotas.put(ASSISTANCE_EXAMINATION_OF_PLACES, 40);
        quotas.put(ASSISTANCE_SEARCHES_AND_SEIZURES, 60);
        quotas.put(ASSISTANCE_RECORDS_AND_DOCUMENTS, 170);
        quotas.put(ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES, 86);
        quotas.put(ASSISTANCE_ASSETS_TRACING_AND_FREEZING, 136);
        quotas.put(ASSISTANCE_OTHER, 30);
        quotas.put(WITNESS_RELOCATION, 45);
        quotas.put(ENFORCEMENT_OF_SENTENCE, 12);
        quotas.put(INTERIM_RELEASE, 8);
        quotas.put(FINAL_RELEASE, 4);
        quotas.put(OTHER, 60);
        return Collections.unmodifiableMap(quotas);
    }

    // ---- parties ----

    /**
     * Per party: a median delay to acknowledge drawn around its group's (log-normal, σ 0.5); about
     * 4 % of the parties never answer and about 12 % are slow (every delay × 3 to 6). The States of
     * the situations are never silent: the scenario's traffic would mostly vanish.
     */
    private void behaviours(SplittableRandom random) {
        Set<String> focus = focus();
        var order = new ArrayList<String>();
        for (PartyEntry party : parties) {
            order.add(party.code());
        }
        shuffle(order, random);
        int silent = 0;
        int slow = 0;
        for (String code : order) {
            PartyEntry party = byCode.get(code);
            double median = ACK_MEDIAN_DAYS.get(party.group()) * Math.exp(0.5 * random.nextGaussian());
            boolean isSilent = false;
            double slowness = Math.exp(0.3 * random.nextGaussian());
            if (!focus.contains(code) && silent < 5) {
                isSilent = true;
                silent++;
            } else if (slow < 15) {
                slowness *= 3 + 3 * random.nextDouble();
                median *= 3;
                slow++;
            }
            behaviour.put(code, new Behaviour(median, isSilent, slowness));
        }
    }

    private static Set<String> focus() {
        var focus = new LinkedHashSet<String>();
        for (Situation situation : Situations.ALL) {
            if (situation.country() != null) {
                focus.add(situation.country());
            }
            focus.addAll(situation.neighbours());
        }
        focus.addAll(HOST_STATES);
        focus.addAll(FINANCIAL_CENTRES);
        return focus;
    }

    private double[] weights(Audience audience) {
        var countries = new LinkedHashSet<String>();
        var neighbours = new LinkedHashSet<String>();
        for (Situation situation : Situations.ALL) {
            if (situation.country() != null) {
                countries.add(situation.country());
            }
            neighbours.addAll(situation.neighbours());
        }
        double[] weights = new double[parties.size()];
        for (int i = 0; i < parties.size(); i++) {
            String code = parties.get(i).code();
            weights[i] = switch (audience) {
                case GENERAL ->
                    code.equals("COD")
                            ? 40
                            : countries.contains(code)
                                    ? 18
                                    : neighbours.contains(code) ? 6 : HOST_STATES.contains(code) ? 8 : 1.2;
                case ASSETS ->
                    FINANCIAL_CENTRES.contains(code)
                            ? (code.equals("CHE") || code.equals("LUX") || code.equals("GBR") ? 14 : 6)
                            : countries.contains(code) ? 3 : 0.3;
                case ARREST -> countries.contains(code) ? 10 : neighbours.contains(code) ? 6 : 0.2;
                case RELOCATION ->
                    Agreements.parties(AgreementKind.WITNESS_RELOCATION).contains(code) ? 1 : 0;
                case ENFORCEMENT ->
                    Agreements.parties(AgreementKind.ENFORCEMENT_OF_SENTENCES).contains(code) ? 1 : 0;
                case INTERIM ->
                    Agreements.parties(AgreementKind.INTERIM_RELEASE).contains(code)
                            ? 4
                            : parties.get(i).group() == RegionalGroup.WEOG ? 0.5 : 0;
            };
        }
        return weights;
    }

    private static Audience audience(RequestType type) {
        return switch (type) {
            case ASSISTANCE_ASSETS_TRACING_AND_FREEZING -> Audience.ASSETS;
            case ARREST_AND_SURRENDER, PROVISIONAL_ARREST -> Audience.ARREST;
            case WITNESS_RELOCATION -> Audience.RELOCATION;
            case ENFORCEMENT_OF_SENTENCE -> Audience.ENFORCEMENT;
            case INTERIM_RELEASE -> Audience.INTERIM;
            default -> Audience.GENERAL;
        };
    }

    private String addressee(SplittableRandom random, Audience audience, Set<String> excluded) {
        double[] w = weights.get(audience);
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            if (!excluded.contains(parties.get(i).code())) {
                total += w[i];
            }
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            if (excluded.contains(parties.get(i).code())) {
                continue;
            }
            target -= w[i];
            if (target < 0) {
                return parties.get(i).code();
            }
        }
        throw new IllegalStateException("no party left to address a request to");
    }

    // ---- requests ----

    private List<ScenarioRequest> requests(SplittableRandom random, List<ScenarioWarrant> warrants) {
        var pool = new ArrayList<RequestType>();
        QUOTAS.forEach((type, count) -> pool.addAll(Collections.nCopies(count, type)));
        var drafts = new ArrayList<Draft>();
        for (int bundle = 1; bundle <= BUNDLES; bundle++) {
            RequestType type = Fiction.pick(random, BUNDLE_TYPES);
            int size = 2 + random.nextInt(4);
            Instant at = dispatchTime(random);
            String coordinationId = String.format("ICC-COORD-%d-%03d", year(at), bundle);
            var addressed = new LinkedHashSet<String>();
            for (int i = 0; i < size; i++) {
                pool.remove(type);
                String code = addressee(random, audience(type), addressed);
                addressed.add(code);
                drafts.add(new Draft(type, code, at, coordinationId));
            }
        }
        shuffle(pool, random);
        for (RequestType type : pool) {
            drafts.add(new Draft(type, addressee(random, audience(type), Set.of()), dispatchTime(random), null));
        }
        drafts.sort(Comparator.comparing(Draft::dispatchedAt)
                .thenComparing(draft -> draft.coordinationId() == null ? "" : draft.coordinationId())
                .thenComparing(Draft::addressee));
        var numbers = new TreeMap<Integer, Integer>();
        var requests = new ArrayList<ScenarioRequest>();
        var bundleSituations = new HashMap<String, Situation>();
        for (Draft draft : drafts) {
            int year = year(draft.dispatchedAt());
            int number = numbers.merge(year, 1, Integer::sum);
            String id = String.format("ICC-REQ-%d-%06d", year, number);
            requests.add(request(random, id, draft, warrants, bundleSituations));
        }
        return requests;
    }

    private ScenarioRequest request(
            SplittableRandom random,
            String id,
            Draft draft,
            List<ScenarioWarrant> warrants,
            Map<String, Situation> bundleSituations) {
        RequestType type = draft.type();
        PartyEntry party = byCode.get(draft.addressee());
        boolean arrest = type == ARREST_AND_SURRENDER || type == PROVISIONAL_ARREST;
        ScenarioWarrant warrant = arrest ? warrant(random, warrants, draft.dispatchedAt()) : null;
        Situation situation = warrant != null
                ? situation(warrant.situation())
                : draft.coordinationId() != null
                        ? bundleSituations.computeIfAbsent(draft.coordinationId(), c -> situation(random, party))
                        : situation(random, party);
        Priority priority = random.nextDouble()
                        < switch (type) {
                            case ARREST_AND_SURRENDER, PROVISIONAL_ARREST -> 0.7;
                            case ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES, WITNESS_RELOCATION -> 0.4;
                            case ASSISTANCE_ASSETS_TRACING_AND_FREEZING -> 0.2;
                            default -> 0.1;
                        }
                ? Priority.URGENT
                : Priority.ROUTINE;
        Confidentiality confidentiality = confidentiality(random, type, warrant);
        String language = language(random, party);
        LocalDate dispatchDay = LocalDate.ofInstant(draft.dispatchedAt(), ZoneOffset.UTC);
        LocalDate dueBy = priority == Priority.URGENT
                ? dispatchDay.plusDays(14 + random.nextInt(29))
                : dispatchDay.plusDays(60 + random.nextInt(121));
        List<ScenarioEvent> events = events(random, draft, priority, arrest);
        String caseReference = warrant != null
                ? warrant.caseReference()
                : random.nextDouble() < 0.5 ? caseOf(random, situation) : null;

        var form = new LinkedHashMap<String, Object>();
        form.put("requestId", id);
        form.put("addressee", party.code());
        form.put("requestType", type.name());
        form.put("legalBasis", "Rome Statute " + Contents.legalBasis(type));
        form.put("requestingOrgan", Contents.organ(random, type));
        form.put("situation", situation.reference());
        if (caseReference != null) {
            form.put("caseReference", caseReference);
        }
        form.put("priority", priority.name());
        form.put("confidentiality", confidentiality.name());
        form.put("dueBy", dueBy.toString());
        form.put("language", language);
        form.put("contents", Contents.of(random, type, situation, party, warrant));
        if (warrant != null) {
            form.put("warrantReference", warrant.warrantId());
        }
        var imported = new LinkedHashMap<String, Object>();
        imported.put("dispatchedAt", draft.dispatchedAt().toString());
        imported.put("source", Scenario.source(seed));
        if (draft.coordinationId() != null) {
            imported.put("coordinationId", draft.coordinationId());
        }
        imported.put("events", events.stream().map(ScenarioEvent::json).toList());
        form.put("imported", imported);
        return new ScenarioRequest(
                id,
                party.code(),
                party.group(),
                type,
                priority,
                confidentiality,
                language,
                draft.dispatchedAt(),
                dueBy,
                draft.coordinationId(),
                events,
                form);
    }

    /**
     * Acknowledgement after a log-normal delay around the party's median (halved when urgent),
     * work begins, sometimes an art. 97 consultation, then an outcome around 50 days (18 when
     * urgent) × the party's slowness, or none yet; about 3 % are withdrawn by the court on the
     * way. Nothing after the reference date is kept: what had not happened by then stays open.
     */
    private List<ScenarioEvent> events(SplittableRandom random, Draft draft, Priority priority, boolean arrest) {
        Behaviour party = behaviour.get(draft.addressee());
        boolean urgent = priority == Priority.URGENT;
        Instant dispatched = draft.dispatchedAt();
        var events = new ArrayList<ScenarioEvent>();
        // draws happen whatever the party's habit, so one party's silence does not shift the others
        double ackDays = party.ackMedianDays() * Math.exp(0.8 * random.nextGaussian()) * (urgent ? 0.5 : 1);
        double startDays = 4 * Math.exp(0.8 * random.nextGaussian()) * party.slowness();
        boolean consultation = random.nextDouble() < 0.07;
        double consultDays = 2 + random.nextInt(19);
        double resumeDays = 25 * Math.exp(0.6 * random.nextGaussian());
        double outcome = random.nextDouble();
        double outcomeDays = (urgent ? 18 : 50) * party.slowness() * Math.exp(0.7 * random.nextGaussian());
        boolean postponedUnder95 = random.nextDouble() < 0.4;
        boolean lost = random.nextDouble() < 0.02;
        boolean withdraw = random.nextDouble() < 0.03;
        double withdrawAt = 0.15 + 0.7 * random.nextDouble();

        if (!party.silent() && !lost) {
            Instant ack = dispatched.plus(days(Math.max(ackDays, 10.0 / (24 * 60))));
            events.add(ScenarioEvent.acknowledgement(ack));
            Instant cursor = ack.plus(days(startDays));
            events.add(ScenarioEvent.status("IN_PROGRESS", null, cursor));
            if (consultation) {
                cursor = cursor.plus(days(consultDays));
                events.add(ScenarioEvent.status("IN_CONSULTATION", "art. 97", cursor));
                cursor = cursor.plus(days(resumeDays));
                events.add(ScenarioEvent.status("IN_PROGRESS", null, cursor));
            }
            Instant at = later(cursor.plus(days(1)), dispatched.plus(days(outcomeDays)));
            if (arrest) {
                // the persons sought are at large on the reference date: no arrest request is executed
            } else if (outcome < 0.66) {
                events.add(ScenarioEvent.status("EXECUTED", null, at));
            } else if (outcome < 0.80) {
                events.add(ScenarioEvent.status("PARTIALLY_EXECUTED", null, at));
            } else if (outcome < 0.85) {
                events.add(ScenarioEvent.status("POSTPONED", postponedUnder95 ? "art. 95" : "art. 94(1)", at));
            } else if (outcome < 0.87) {
                events.add(ScenarioEvent.status("REFUSED", "art. 93(4)", at));
            }
        }
        events.removeIf(event -> !event.occurredAt().isBefore(END));
        if (withdraw) {
            Instant closed = events.stream()
                    .filter(ScenarioEvent::closes)
                    .map(ScenarioEvent::occurredAt)
                    .findFirst()
                    .orElse(END.minusSeconds(3600));
            long span = closed.toEpochMilli() - dispatched.toEpochMilli();
            Instant at = Instant.ofEpochMilli(dispatched.toEpochMilli() + (long) (span * withdrawAt))
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            if (at.isAfter(dispatched.plus(Duration.ofDays(1)))) {
                events.removeIf(event -> !event.occurredAt().isBefore(at));
                events.add(ScenarioEvent.withdrawal(at));
            }
        }
        return events;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration days(double days) {
        return Duration.ofMinutes(Math.round(days * 24 * 60));
    }

    private static Confidentiality confidentiality(SplittableRandom random, RequestType type, ScenarioWarrant warrant) {
        double draw = random.nextDouble();
        if (warrant != null) {
            return warrant.underSeal() || draw < 0.5 ? Confidentiality.UNDER_SEAL : Confidentiality.CONFIDENTIAL;
        }
        return switch (type) {
            case WITNESS_RELOCATION, ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES ->
                draw < 0.4 ? Confidentiality.UNDER_SEAL : Confidentiality.CONFIDENTIAL;
            case ASSISTANCE_SERVICE_OF_DOCUMENTS, ENFORCEMENT_OF_SENTENCE ->
                draw < 0.35 ? Confidentiality.PUBLIC : Confidentiality.CONFIDENTIAL;
            default ->
                draw < 0.12
                        ? Confidentiality.PUBLIC
                        : draw < 0.22 ? Confidentiality.UNDER_SEAL : Confidentiality.CONFIDENTIAL;
        };
    }

    /** A language the party accepts: French more often for francophone States. */
    private static String language(SplittableRandom random, PartyEntry party) {
        List<String> accepted = party.acceptedLanguages();
        double draw = random.nextDouble();
        if (accepted.equals(PartyEntry.WORKING_LANGUAGES)) {
            boolean french = FRANCOPHONE.contains(party.code()) ? draw < 0.85 : draw < 0.1;
            return french ? "fr" : "en";
        }
        return accepted.get((int) (draw * accepted.size()));
    }

    private Situation situation(SplittableRandom random, PartyEntry party) {
        var own = Situations.ALL.stream()
                .filter(situation -> party.code().equals(situation.country()))
                .toList();
        double draw = random.nextDouble();
        if (!own.isEmpty() && draw < 0.9) {
            return own.get((int) (draw / 0.9 * own.size()));
        }
        double total = Situations.ALL.stream().mapToDouble(Situation::weight).sum();
        double target = random.nextDouble() * total;
        for (Situation situation : Situations.ALL) {
            target -= situation.weight();
            if (target < 0) {
                return situation;
            }
        }
        return Situations.ALL.get(Situations.ALL.size() - 1);
    }

    private static Situation situation(String reference) {
        return Situations.ALL.stream()
                .filter(situation -> situation.reference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    /** Two fictitious cases per situation ({@code -9x/yy}), drawn once. */
    private String caseOf(SplittableRandom random, Situation situation) {
        List<String> known = cases.computeIfAbsent(situation.reference(), reference -> {
            int index = Situations.ALL.indexOf(situation);
            int year = Math.max(situation.since() + 1, 2006) % 100;
            return List.of(
                    String.format("%s-%02d/%02d", reference, 70 + 2 * index, year),
                    String.format("%s-%02d/%02d", reference, 71 + 2 * index, Math.min(year + 3, 17)));
        });
        return Fiction.pick(random, known);
    }

    /** A warrant issued before the request, its person at large on the reference date. */
    private static ScenarioWarrant warrant(SplittableRandom random, List<ScenarioWarrant> warrants, Instant before) {
        var atLarge = warrants.stream()
                .filter(warrant ->
                        warrant.atLargeOn(Instant.MAX) && warrant.issuedAt().isBefore(before))
                .toList();
        if (atLarge.isEmpty()) {
            atLarge = warrants.stream()
                    .filter(warrant -> warrant.atLargeOn(Instant.MAX))
                    .sorted(Comparator.comparing(ScenarioWarrant::issuedAt))
                    .limit(1)
                    .toList();
        }
        return Fiction.pick(random, atLarge);
    }

    private Instant dispatchTime(SplittableRandom random) {
        LocalDate day = Fiction.pick(random, workingDays);
        int minute = 7 * 60 + random.nextInt(10 * 60);
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(minute));
    }

    /** Weekdays of the year, less the Court's winter recess (24 December to 1 January). */
    private static List<LocalDate> workingDays() {
        var days = new ArrayList<LocalDate>();
        for (LocalDate day = Scenario.FIRST_DAY; !day.isAfter(Scenario.REFERENCE_DATE); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean recess = (day.getMonthValue() == 12 && day.getDayOfMonth() >= 24)
                    || (day.getMonthValue() == 1 && day.getDayOfMonth() == 1);
            if (!weekend && !recess) {
                days.add(day);
            }
        }
        return days;
    }

    private static int year(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).getYear();
    }

    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
