package org.coophub.cli.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.coophub.schemas.directory.VoluntaryAgreement;
import org.junit.jupiter.api.Test;

class AgreementsTest {

    @Test
    void theDirectoryOf2017CarriesTheBureauReportsAgreements() {
        assertThat(agreements(AsOf.BUREAU_REPORT))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("WITNESS_RELOCATION", 18L, "ENFORCEMENT_OF_SENTENCES", 10L, "INTERIM_RELEASE", 1L));
    }

    @Test
    void theDirectoryOfTodayKeepsThem() {
        assertThat(agreements(AsOf.TODAY)).isEqualTo(agreements(AsOf.BUREAU_REPORT));
    }

    @Test
    void publishesNoReferenceForAConfidentialWitnessRelocationAgreement() {
        assertThat(Agreements.of("NOR"))
                .extracting(agreement -> agreement.getKind().name(), VoluntaryAgreement::getReference)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("WITNESS_RELOCATION", null),
                        org.assertj.core.groups.Tuple.tuple("ENFORCEMENT_OF_SENTENCES", "ICC-PRES/ENF-NOR"));
        assertThat(Agreements.of("FRA")).isEmpty();
    }

    private static Map<String, Long> agreements(AsOf asOf) {
        return StatesParties.read().stream()
                .filter(state -> state.isParty(asOf))
                .flatMap(state -> state.profile(Instant.EPOCH).getAgreements().stream())
                .collect(Collectors.groupingBy(agreement -> agreement.getKind().name(), Collectors.counting()));
    }
}
