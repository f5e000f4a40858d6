package org.coophub.producer.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.coophub.schemas.SampleMessages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class DirectoryHealthTests {

    private final Directory directory = new Directory();
    private final DirectoryHealth health = new DirectoryHealth(directory);

    @Test
    void isOutOfServiceUntilTheDirectoryIsRead() {
        directory.apply("FRA", SampleMessages.franceProfile());

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void isUpWithThePartyCountOnceRead() {
        directory.apply("FRA", SampleMessages.franceProfile());
        directory.markLoaded();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("parties", 1);
    }
}
