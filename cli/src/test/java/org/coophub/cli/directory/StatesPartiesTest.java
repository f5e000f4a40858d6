package org.coophub.cli.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.RegionalGroup;
import org.junit.jupiter.api.Test;

class StatesPartiesTest {

    @Test
    void listsEveryStateThatIsOrWasAParty() {
        assertThat(StatesParties.read()).hasSize(127);
    }

    @Test
    void has123StatesPartiesAtTheBureausReportByRegionalGroup() {
        var groups = StatesParties.read().stream()
                .filter(state -> state.isParty(AsOf.BUREAU_REPORT))
                .collect(Collectors.groupingBy(StatesParties.State::group, TreeMap::new, Collectors.counting()));

        assertThat(groups)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        RegionalGroup.AFRICAN, 33L,
                        RegionalGroup.ASIA_PACIFIC, 19L,
                        RegionalGroup.EASTERN_EUROPEAN, 18L,
                        RegionalGroup.GRULAC, 28L,
                        RegionalGroup.WEOG, 25L)));
    }

    @Test
    void has124StatesPartiesToday() {
        assertThat(StatesParties.read().stream().filter(state -> state.isParty(AsOf.TODAY)))
                .hasSize(124);
    }

    @Test
    void buildsAStatePartyProfileWithDatesAndLanguages() {
        var states =
                StatesParties.read().stream().collect(Collectors.toMap(StatesParties.State::code, Function.identity()));
        Instant now = Instant.parse("2026-11-26T12:00:00Z");

        var hungary = states.get("HUN").profile(now);
        var germany = states.get("DEU").profile(now);

        assertThat(hungary.getKind()).isEqualTo(PartyKind.STATE_PARTY);
        assertThat(hungary.getRegionalGroup()).isEqualTo(RegionalGroup.EASTERN_EUROPEAN);
        assertThat(hungary.getWithdrawalEffective()).hasToString("2026-06-02");
        assertThat(hungary.getLanguages()).isEmpty();
        assertThat(germany.getLanguages()).containsExactly("de");
        assertThat(germany.getDateOfDeposit()).hasToString("2000-12-11");
        assertThat(germany.getActive()).isTrue();
        assertThat(germany.getUpdatedAt()).isEqualTo(now);
    }
}
