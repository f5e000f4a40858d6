package org.coophub.cli.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class OnboardingTopicsTest {

    @Test
    void createsThreeTopicsPerPartyWithTheGivenPartitions() {
        List<NewTopic> topics = Onboarding.topics(List.of("FRA", "SEN"), 3);

        assertThat(topics)
                .extracting(NewTopic::name)
                .containsExactly(
                        "coop.FRA.requests",
                        "coop.FRA.responses",
                        "coop.FRA.requests-dlt",
                        "coop.SEN.requests",
                        "coop.SEN.responses",
                        "coop.SEN.requests-dlt");
        assertThat(topics).allSatisfy(topic -> assertThat(topic.numPartitions()).isEqualTo(3));
    }

    @Test
    void stampsWhatAPartySendsWithTheBrokersClock() {
        Map<String, NewTopic> byName = Onboarding.topics(List.of("FRA"), 3).stream()
                .collect(java.util.stream.Collectors.toMap(NewTopic::name, topic -> topic));

        assertThat(byName.get("coop.FRA.responses").configs()).containsEntry("message.timestamp.type", "LogAppendTime");
        assertThat(byName.get("coop.FRA.requests").configs()).isNullOrEmpty();
    }
}
