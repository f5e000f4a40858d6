package org.coophub.producer.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.coophub.producer.HubTest;
import org.coophub.producer.Parties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class DirectoryReaderTests {

    @Autowired
    Parties parties;

    @Autowired
    Directory directory;

    @Test
    void keepsTheDirectoryCurrentWithUpdatesAndTombstones() throws Exception {
        parties.publish(Parties.profile("SEN", true, List.of("fr")));
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("SEN").isPresent());
        assertThat(directory.loaded()).isTrue();

        parties.publish(Parties.profile("SEN", false, List.of("fr")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> directory.find("SEN").map(p -> !p.getActive()).orElse(false));

        parties.remove("SEN");
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.find("SEN").isEmpty());
    }

    @Test
    void partyWithoutALanguageChoiceAcceptsTheCourtsWorkingLanguages() {
        assertThat(Directory.acceptedLanguages(Parties.profile("DEU", true, List.of())))
                .containsExactly("en", "fr");
        assertThat(Directory.acceptedLanguages(Parties.profile("ARG", true, List.of("es"))))
                .containsExactly("es");
    }
}
