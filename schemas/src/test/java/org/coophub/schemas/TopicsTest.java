package org.coophub.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesEachPartysOwnTopics() {
        assertThat(Topics.requests("FRA")).isEqualTo("coop.FRA.requests");
        assertThat(Topics.responses("SEN")).isEqualTo("coop.SEN.responses");
        assertThat(Topics.requestsDeadLetter("ARG")).isEqualTo("coop.ARG.requests-dlt");
        assertThat(Topics.COURT_WARRANTS).isEqualTo("coop.court.warrants");
        assertThat(Topics.DIRECTORY).isEqualTo("coop.directory");
    }

    @Test
    void findsThePartyOfAPerPartyTopicOnly() {
        assertThat(Topics.partyOf("coop.FRA.requests")).contains("FRA");
        assertThat(Topics.partyOf("coop.EU.responses")).contains("EU");
        assertThat(Topics.partyOf("coop.ARG.requests-dlt")).contains("ARG");
        assertThat(Topics.partyOf(Topics.COURT_WARRANTS)).isEmpty();
        assertThat(Topics.partyOf(Topics.DIRECTORY)).isEmpty();
    }

    @Test
    void patternsMatchEveryPartyButNotTheCourtsTopics() {
        assertThat(Topics.ALL_REQUESTS.matcher("coop.DEU.requests").matches()).isTrue();
        assertThat(Topics.ALL_REQUESTS.matcher("coop.DEU.requests-dlt").matches())
                .isFalse();
        assertThat(Topics.ALL_RESPONSES.matcher("coop.DEU.responses").matches()).isTrue();
        assertThat(Topics.ALL_RESPONSES.matcher(Topics.COURT_WARRANTS).matches())
                .isFalse();
    }

    @Test
    void refusesCodesThatCouldEscapeAPartysTopics() {
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.requests("fra"));
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.requests("FRA.requests"));
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.requests("*"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Topics.responses(null))
                .withMessageContaining("ISO 3166-1 alpha-3");
    }
}
