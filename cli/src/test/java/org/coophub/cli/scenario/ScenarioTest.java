package org.coophub.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.directory.PartyEntry;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RequestType;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final Scenario SCENARIO = Scenario.generate(Scenario.DEFAULT_SEED);

    @Test
    void theSameSeedGivesTheSameScenarioByteForByte() throws Exception {
        assertThat(sha256(Scenario.generate(Scenario.DEFAULT_SEED).json())).isEqualTo(sha256(SCENARIO.json()));
    }

    @Test
    void anotherSeedGivesAnotherScenarioOfTheSameSize() throws Exception {
        Scenario other = Scenario.generate(42);

        assertThat(sha256(other.json())).isNotEqualTo(sha256(SCENARIO.json()));
        assertThat(other.requests()).hasSameSizeAs(SCENARIO.requests());
        assertThat(other.atLarge()).isEqualTo(13);
    }

    @Test
    void hasBetween1200And1500RequestsOfEveryType() {
        assertThat(SCENARIO.requests()).hasSizeBetween(1200, 1500);
        assertThat(SCENARIO.requests().stream()
                        .map(ScenarioRequest::requestType)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RequestType.values());
    }

    @Test
    void keepsArticle93AssetsAndArrestWithinTheirShares() {
        for (long seed : List.of(Scenario.DEFAULT_SEED, 1L, 7L)) {
            List<ScenarioRequest> requests = Scenario.generate(seed).requests();

            assertThat(share(requests, r -> r.requestType().name().startsWith("ASSISTANCE_")))
                    .isBetween(0.85, 0.90);
            assertThat(share(requests, r -> r.requestType() == RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING))
                    .isBetween(0.08, 0.12);
            assertThat(share(
                            requests,
                            r -> r.requestType() == RequestType.ARREST_AND_SURRENDER
                                    || r.requestType() == RequestType.PROVISIONAL_ARREST))
                    .isBetween(0.02, 0.04);
            assertThat(share(requests, r -> r.priority() == Priority.URGENT)).isBetween(0.12, 0.18);
        }
    }

    @Test
    void mixesConfidentialityMostlyConfidential() {
        Map<Confidentiality, Long> levels = counts(ScenarioRequest::confidentiality);

        assertThat(levels).containsOnlyKeys(Confidentiality.values());
        assertThat(levels.get(Confidentiality.CONFIDENTIAL))
                .isGreaterThan(SCENARIO.requests().size() / 2);
    }

    @Test
    void addressesOnlyStatesPartiesOf2017InALanguageTheyAccept() {
        Map<String, PartyEntry> parties = PartyEntry.statesParties(AsOf.BUREAU_REPORT).stream()
                .collect(Collectors.toMap(PartyEntry::code, Function.identity()));

        assertThat(parties).hasSize(123);
        for (ScenarioRequest request : SCENARIO.requests()) {
            assertThat(parties).containsKey(request.addressee());
            assertThat(parties.get(request.addressee()).acceptedLanguages())
                    .as(request.requestId())
                    .contains(request.language());
            assertThat(request.form()).containsEntry("language", request.language());
        }
    }

    @Test
    void weightsTheSituationCountriesAndLeavesManyStatesWithAHandful() {
        Map<String, Long> byParty = counts(ScenarioRequest::addressee);

        assertThat(byParty.get("COD"))
                .isEqualTo(byParty.values().stream().max(Long::compare).orElseThrow());
        assertThat(byParty.values().stream().filter(count -> count <= 5).count())
                .isGreaterThan(50);
        Map<String, Long> assets = SCENARIO.requests().stream()
                .filter(r -> r.requestType() == RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING)
                .collect(Collectors.groupingBy(ScenarioRequest::addressee, Collectors.counting()));
        long financialCentres = Set.of("CHE", "LUX", "GBR", "LIE", "CYP").stream()
                .mapToLong(code -> assets.getOrDefault(code, 0L))
                .sum();
        assertThat(financialCentres).isGreaterThan(30);
    }

    @Test
    void dispatchesWithinTheYearAndRecordsNothingAfterTheReferenceDate() {
        for (ScenarioRequest request : SCENARIO.requests()) {
            LocalDate dispatched = LocalDate.ofInstant(request.dispatchedAt(), ZoneOffset.UTC);
            assertThat(dispatched).isBetween(Scenario.FIRST_DAY, Scenario.REFERENCE_DATE);
            var previous = request.dispatchedAt();
            for (ScenarioEvent event : request.events()) {
                assertThat(event.occurredAt()).as(request.requestId()).isAfter(previous);
                assertThat(LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                        .isBeforeOrEqualTo(Scenario.REFERENCE_DATE);
                previous = event.occurredAt();
            }
            if (request.withdrawn()) {
                assertThat(request.events().get(request.events().size() - 1).kind())
                        .isEqualTo("WITHDRAWAL");
            }
        }
        for (ScenarioWarrant warrant : SCENARIO.warrants()) {
            assertThat(warrant.issuedAt().atZone(ZoneOffset.UTC).getYear()).isBetween(2005, 2017);
            warrant.events().forEach(step -> assertThat(step.occurredAt()).isBefore(Scenario.END));
        }
    }

    @Test
    void answersVaryFromPromptToNeverWithConsultationsRefusalsPostponementsAndWithdrawals() {
        Map<String, Long> last = counts(r -> r.withdrawn() ? "WITHDRAWN" : r.lastStatus());
        int total = SCENARIO.requests().size();

        assertThat(last).containsKeys("EXECUTED", "PARTIALLY_EXECUTED", "POSTPONED", "REFUSED", "IN_PROGRESS");
        assertThat(last.get("REFUSED")).isLessThan(total / 20);
        assertThat(share(SCENARIO.requests(), ScenarioRequest::withdrawn)).isBetween(0.02, 0.045);
        assertThat(SCENARIO.requests().stream().filter(ScenarioRequest::consulted))
                .isNotEmpty();
        assertThat(SCENARIO.requests().stream()
                        .flatMap(r -> r.events().stream())
                        .filter(e -> "IN_CONSULTATION".equals(e.status())))
                .allMatch(e -> "art. 97".equals(e.legalBasis()));
        assertThat(SCENARIO.silentParties()).hasSizeBetween(3, 7);
        assertThat(SCENARIO.requests().stream()
                        .filter(r -> SCENARIO.silentParties().contains(r.addressee())))
                .allMatch(r -> !r.acknowledged());
    }

    @Test
    void numbersRequestsByYearOfDispatchInDispatchOrder() {
        assertThat(SCENARIO.requests())
                .allSatisfy(request -> assertThat(request.requestId())
                        .matches("ICC-REQ-"
                                + request.dispatchedAt().atZone(ZoneOffset.UTC).getYear() + "-\\d{6}"));
        assertThat(SCENARIO.requests().stream().map(ScenarioRequest::requestId).distinct())
                .hasSameSizeAs(SCENARIO.requests());
        assertThat(SCENARIO.lastRequestId()).startsWith("ICC-REQ-2017-");
    }

    @Test
    void sendsAboutEightBundlesOfTwoToFiveStatesOnOneDispatch() {
        Map<String, List<ScenarioRequest>> bundles = SCENARIO.requests().stream()
                .filter(r -> r.coordinationId() != null)
                .collect(Collectors.groupingBy(ScenarioRequest::coordinationId));

        assertThat(bundles).hasSize(8);
        bundles.values().forEach(bundle -> {
            assertThat(bundle).hasSizeBetween(2, 5);
            assertThat(bundle.stream().map(ScenarioRequest::addressee).distinct())
                    .hasSameSizeAs(bundle);
            assertThat(bundle.stream().map(ScenarioRequest::dispatchedAt).distinct())
                    .hasSize(1);
        });
    }

    @Test
    void restsEveryArrestRequestOnAWarrantWithADescribedPerson() {
        Set<String> warrants =
                SCENARIO.warrants().stream().map(ScenarioWarrant::warrantId).collect(Collectors.toSet());
        SCENARIO.requests().stream()
                .filter(r -> r.requestType() == RequestType.ARREST_AND_SURRENDER
                        || r.requestType() == RequestType.PROVISIONAL_ARREST)
                .forEach(r -> {
                    assertThat(warrants).contains((String) r.form().get("warrantReference"));
                    assertThat(r.events()).noneMatch(ScenarioEvent::closes);
                });
    }

    @Test
    void leavesThirteenPersonsAtLargeOnTheReferenceDate() {
        assertThat(SCENARIO.warrants()).hasSizeBetween(20, 25);
        assertThat(SCENARIO.atLarge()).isEqualTo(13);
        assertThat(SCENARIO.warrants().stream().filter(ScenarioWarrant::underSeal))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(SCENARIO.warrants().stream().map(ScenarioWarrant::fate).collect(Collectors.toSet()))
                .contains("AT_LARGE", "PERSON_SURRENDERED", "WARRANT_WITHDRAWN", "PERSON_DECEASED");
    }

    @Test
    void marksEveryFormAsImportedWithItsPast() {
        ScenarioRequest request = SCENARIO.requests().get(100);
        @SuppressWarnings("unchecked")
        var imported = (Map<String, Object>) request.form().get("imported");

        assertThat(imported)
                .containsEntry("dispatchedAt", request.dispatchedAt().toString())
                .containsEntry("source", "coophub scenario 2017 (seed 20171027)")
                .containsKey("events");
        assertThat(SCENARIO.json()).doesNotContain("\"coordinationId\":null");
    }

    @Test
    void describesItsFigures() {
        assertThat(String.join("\n", SCENARIO.describe()))
                .contains("1,364 requests")
                .contains("13 at large on 2017-10-27")
                .contains("WITNESS_RELOCATION=18, ENFORCEMENT_OF_SENTENCES=10, INTERIM_RELEASE=1")
                .contains("bundles: 8");
    }

    private static double share(List<ScenarioRequest> requests, Predicate<ScenarioRequest> which) {
        return (double) requests.stream().filter(which).count() / requests.size();
    }

    private static <K> Map<K, Long> counts(Function<ScenarioRequest, K> key) {
        return SCENARIO.requests().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
