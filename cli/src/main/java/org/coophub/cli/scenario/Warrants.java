package org.coophub.cli.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.coophub.cli.scenario.Situations.Situation;

/**
 * The scenario's 22 arrest warrants, issued 2005 to 2017: 13 persons at large on the reference
 * date (3 of them under seal), 5 arrested and surrendered, 2 warrants withdrawn, 2 persons deceased.
 * The fates are fixed, the dates, situations and names drawn.
 */
final class Warrants {

    static final int AT_LARGE = 13;
    private static final int SURRENDERED = 5;
    private static final int WITHDRAWN = 2;
    private static final int DECEASED = 2;
    private static final int SEALED_AT_LARGE = 3;
    private static final Instant LAST_ISSUE =
            LocalDate.of(2017, 9, 29).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_EVENT = Generator.END.minus(Duration.ofHours(8));

    private final SplittableRandom random;
    private final Set<String> parties;

    Warrants(SplittableRandom random, Set<String> parties) {
        this.random = random;
        this.parties = parties;
    }

    List<ScenarioWarrant> draw() {
        var fates = new ArrayList<String>();
        fates.addAll(Collections.nCopies(AT_LARGE, "AT_LARGE"));
        fates.addAll(Collections.nCopies(SURRENDERED, "PERSON_SURRENDERED"));
        fates.addAll(Collections.nCopies(WITHDRAWN, "WARRANT_WITHDRAWN"));
        fates.addAll(Collections.nCopies(DECEASED, "PERSON_DECEASED"));
        Generator.shuffle(fates, random);
        var warrants = new ArrayList<ScenarioWarrant>();
        int sealed = 0;
        boolean unsealedOne = false;
        for (int i = 0; i < fates.size(); i++) {
            String fate = fates.get(i);
            Situation situation = Fiction.pick(random, Situations.ALL);
            int firstYear = Math.max(2005, situation.since());
            LocalDate from = LocalDate.of(firstYear, 1, 1);
            long spanDays = LAST_ISSUE.getEpochSecond() / 86400 - from.toEpochDay();
            Instant issuedAt = from.plusDays(random.nextLong(spanDays + 1))
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC)
                    .plus(Duration.ofHours(9 + random.nextInt(8)));
            String caseReference = String.format(
                    "%s-%02d/%02d",
                    situation.reference(),
                    90 + i,
                    LocalDate.ofInstant(issuedAt, ZoneOffset.UTC).getYear() % 100);
            String warrantId = caseReference + "-" + (2 + random.nextInt(60));
            boolean underSeal = false;
            if (fate.equals("AT_LARGE") && sealed < SEALED_AT_LARGE) {
                underSeal = true;
                sealed++;
            } else if (fate.equals("PERSON_SURRENDERED") && !unsealedOne) {
                underSeal = true;
                unsealedOne = true;
            }
            var steps = new ArrayList<ScenarioWarrant.Step>();
            Instant end =
                    fate.equals("AT_LARGE") ? LAST_EVENT : between(issuedAt.plus(Duration.ofDays(20)), LAST_EVENT);
            var asked = new ArrayList<String>();
            if (situation.country() != null) {
                asked.add(situation.country());
            }
            asked.addAll(situation.neighbours());
            asked.removeIf(code -> !parties.contains(code));
            int transmissions = Math.min(asked.size(), 1 + random.nextInt(3));
            Instant transmitted = issuedAt.plus(Duration.ofDays(1 + random.nextInt(10)));
            for (int t = 0; t < transmissions && transmitted.isBefore(end); t++) {
                steps.add(new ScenarioWarrant.Step(
                        "TRANSMITTED_TO_PARTY",
                        transmitted,
                        asked.get(t),
                        "request for arrest and surrender transmitted"));
                transmitted = transmitted.plus(Duration.ofHours(2));
            }
            switch (fate) {
                case "PERSON_SURRENDERED" -> {
                    String party = asked.isEmpty() ? null : asked.get(0);
                    Instant arrested = end.minus(Duration.ofDays(3 + random.nextInt(10)));
                    arrested = arrested.isAfter(transmitted) ? arrested : transmitted.plus(Duration.ofHours(1));
                    if (underSeal) {
                        steps.add(new ScenarioWarrant.Step("UNSEALED", arrested, null, "unsealed upon arrest"));
                    }
                    steps.add(new ScenarioWarrant.Step("PERSON_ARRESTED", arrested, party, null));
                    steps.add(new ScenarioWarrant.Step(
                            "PERSON_SURRENDERED",
                            later(end, arrested.plus(Duration.ofHours(1))),
                            party,
                            "transferred to the Court's detention centre"));
                }
                case "WARRANT_WITHDRAWN" ->
                    steps.add(new ScenarioWarrant.Step(
                            "WARRANT_WITHDRAWN", later(end, transmitted), null, "withdrawn by the Pre-Trial Chamber"));
                case "PERSON_DECEASED" ->
                    steps.add(new ScenarioWarrant.Step(
                            "PERSON_DECEASED",
                            later(end, transmitted),
                            null,
                            "death established; proceedings terminated"));
                default -> {}
            }
            warrants.add(new ScenarioWarrant(
                    warrantId,
                    String.format("ICC-PS-%04d", 101 + i),
                    Fiction.personName(random),
                    situation.reference(),
                    caseReference,
                    underSeal,
                    issuedAt,
                    steps));
        }
        warrants.sort(java.util.Comparator.comparing(ScenarioWarrant::issuedAt));
        return warrants;
    }

    private Instant between(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return to;
        }
        long span = to.getEpochSecond() - from.getEpochSecond();
        return from.plusSeconds(random.nextLong(span + 1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
