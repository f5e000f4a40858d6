package org.coophub.cli.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.junit.jupiter.api.Test;

class BehaviourModelTest {

    static final List<Parties.Party> STATES = statesParties();

    static List<Parties.Party> statesParties() {
        var directory = Parties.fromDirectoryFile();
        return List.of(
                        "AFG", "ALB", "AND", "ARG", "AUS", "AUT", "BEL", "BEN", "BFA", "BGR", "BOL", "BRA", "CAN",
                        "CHE", "CHL", "COL", "CRI", "DEU", "DNK", "ECU", "ESP", "EST", "FIN", "FRA", "GBR", "GHA",
                        "GRC", "HRV", "HUN", "IRL", "ITA", "JPN", "KEN", "KOR", "LTU", "MEX", "MLI", "MNG", "NGA",
                        "NLD", "NOR", "NZL", "PAN", "PER", "POL", "PRT", "ROU", "SEN", "SRB", "SVK", "SWE", "TZA",
                        "UGA", "URY", "VEN", "ZAF", "ZMB", "BGD", "PHL", "CYP")
                .stream()
                .map(directory::party)
                .toList();
    }

    @Test
    void theSameSeedGivesTheSameProfilesAndTheSameSchedules() {
        var first = new BehaviourModel(42, STATES);
        var second = new BehaviourModel(42, STATES);

        for (Parties.Party party : STATES) {
            AuthorityProfile a = first.profile(party.code());
            AuthorityProfile b = second.profile(party.code());
            assertThat(a.neverAnswers()).isEqualTo(b.neverAnswers());
            assertThat(a.medianAckDays()).isEqualTo(b.medianAckDays());
            assertThat(a.answers("ICC-REQ-2026-000001", 1, RequestType.ASSISTANCE_TAKING_OF_EVIDENCE))
                    .isEqualTo(b.answers("ICC-REQ-2026-000001", 1, RequestType.ASSISTANCE_TAKING_OF_EVIDENCE));
        }
    }

    @Test
    void anotherSeedGivesAnotherSchedule() {
        var first = new BehaviourModel(42, STATES).profile("FRA");
        var other = new BehaviourModel(43, STATES).profile("FRA");

        assertThat(first.answers("ICC-REQ-2026-000001", 1, RequestType.ASSISTANCE_TAKING_OF_EVIDENCE))
                .isNotEqualTo(other.answers("ICC-REQ-2026-000001", 1, RequestType.ASSISTANCE_TAKING_OF_EVIDENCE));
    }

    @Test
    void aFewPartiesNeverAnswerAndTheirRequestsGetNothing() {
        var model = new BehaviourModel(20171122, STATES);

        List<AuthorityProfile> silent =
                model.profiles().stream().filter(AuthorityProfile::neverAnswers).toList();

        assertThat(silent)
                .hasSize(BehaviourModel.neverAnsweringCount(STATES.size()))
                .isNotEmpty();
        assertThat(silent.get(0).answers("ICC-REQ-2026-000001", 1, RequestType.ASSISTANCE_OTHER))
                .isEmpty();
        assertThat(BehaviourModel.neverAnsweringCount(123)).isBetween(4, 6);
    }

    @Test
    void mostRequestsAreAcknowledgedWithinDaysThenWorkedOnUntilAnOutcome() {
        AuthorityProfile france = answering(new BehaviourModel(7, STATES), "FRA");

        var schedules = IntStream.range(0, 200)
                .mapToObj(i -> france.answers("ICC-REQ-2026-" + i, 1, RequestType.ASSISTANCE_SERVICE_OF_DOCUMENTS))
                .toList();

        for (List<Answer> answers : schedules) {
            assertThat(answers.get(0).isReceipt()).isTrue();
            assertThat(answers.get(1).status()).isEqualTo(RequestStatus.IN_PROGRESS);
            assertThat(answers.get(answers.size() - 1).isOutcome()).isTrue();
            assertThat(answers).isSortedAccordingTo((x, y) -> Double.compare(x.afterDays(), y.afterDays()));
        }
        long withinAWeek = schedules.stream()
                .filter(answers -> answers.get(0).afterDays() <= 7)
                .count();
        assertThat(withinAWeek).isGreaterThan(120);
    }

    @Test
    void outcomesVaryConsultationsCiteArticle97AndPostponementsArticle94() {
        var model = new BehaviourModel(11, STATES);
        var answers = model.profiles().stream()
                .filter(profile -> !profile.neverAnswers())
                .flatMap(profile -> IntStream.range(0, 40)
                        .mapToObj(i -> profile.answers("R-" + i, 1, RequestType.ASSISTANCE_TAKING_OF_EVIDENCE))
                        .flatMap(List::stream))
                .toList();

        assertThat(answers)
                .extracting(Answer::status)
                .contains(
                        RequestStatus.EXECUTED,
                        RequestStatus.PARTIALLY_EXECUTED,
                        RequestStatus.POSTPONED,
                        RequestStatus.REFUSED,
                        RequestStatus.IN_CONSULTATION);
        assertThat(answers.stream().filter(a -> a.status() == RequestStatus.IN_CONSULTATION))
                .allMatch(a -> "art. 97".equals(a.legalBasis()));
        assertThat(answers.stream().filter(a -> a.status() == RequestStatus.POSTPONED))
                .allMatch(a -> "art. 94(1)".equals(a.legalBasis()) && a.postponedForDays() >= 30);
        long executed = answers.stream()
                .filter(a -> a.status() == RequestStatus.EXECUTED)
                .count();
        long refused = answers.stream()
                .filter(a -> a.status() == RequestStatus.REFUSED)
                .count();
        assertThat(executed).isGreaterThan(refused * 8);
    }

    @Test
    void acknowledgementDelaysDifferByRegionalGroup() {
        // many seeds, so that the groups' medians show through the parties' own variation
        Map<RegionalGroup, Double> medians = new java.util.EnumMap<>(RegionalGroup.class);
        for (RegionalGroup group : List.of(RegionalGroup.WEOG, RegionalGroup.AFRICAN)) {
            double[] delays = IntStream.range(0, 50)
                    .mapToObj(seed -> new BehaviourModel(seed, STATES).byGroup().get(group))
                    .flatMap(List::stream)
                    .mapToDouble(AuthorityProfile::medianAckDays)
                    .sorted()
                    .toArray();
            medians.put(group, delays[delays.length / 2]);
        }

        assertThat(medians.get(RegionalGroup.AFRICAN)).isGreaterThan(medians.get(RegionalGroup.WEOG) * 2);
        assertThat(BehaviourModel.traits(RegionalGroup.GRULAC).consultationRate())
                .isNotEqualTo(BehaviourModel.traits(RegionalGroup.WEOG).consultationRate());
    }

    @Test
    void arrestRequestsMostlyStayOpen() {
        AuthorityProfile france = answering(new BehaviourModel(5, STATES), "FRA");

        long executed = IntStream.range(0, 400)
                .mapToObj(i -> france.answers("W-" + i, 1, RequestType.ARREST_AND_SURRENDER))
                .filter(answers -> answers.get(answers.size() - 1).isOutcome())
                .count();

        assertThat(executed).isBetween(50L, 160L);
    }

    private static AuthorityProfile answering(BehaviourModel model, String party) {
        AuthorityProfile profile = model.profile(party);
        return profile.neverAnswers()
                ? new AuthorityProfile(
                        party,
                        profile.group(),
                        false,
                        profile.slow(),
                        profile.medianAckDays(),
                        profile.medianWorkDays(),
                        profile.consultationRate(),
                        profile.outcomeWeights(),
                        profile.seed())
                : profile;
    }
}
