package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaStorageTest {

    @TempDir
    Path home;

    HubLayout layout;
    KafkaStorage storage;

    @BeforeEach
    void setUp() {
        layout = HubLayout.of(home);
        storage = new KafkaStorage(layout);
    }

    @Test
    void aMissingOrEmptyDataDirectoryNeedsFormatting() throws IOException {
        assertThat(storage.isFormatted()).isFalse();
        Files.createDirectories(layout.kafkaData());
        assertThat(storage.isFormatted()).isFalse();
    }

    @Test
    void acceptsTheClusterCoopHubFormatted() throws IOException {
        writeMeta("cluster.id=abc\nnode.id=1\nversion=1\n");
        Files.writeString(layout.clusterIdFile(), "abc\n");

        assertThat(storage.isFormatted()).isTrue();
        assertThatCode(storage::verify).doesNotThrowAnyException();
    }

    @Test
    void refusesADataDirectoryWithoutMetaProperties() throws IOException {
        Files.createDirectories(layout.kafkaData());
        Files.writeString(layout.kafkaData().resolve("something.log"), "x");

        assertThatThrownBy(storage::verify)
                .isInstanceOf(HubException.class)
                .hasMessageContaining("meta.properties is missing")
                .hasMessageContaining("./coophub reset")
                .hasMessageContaining("remove .coophub/kafka");
    }

    @Test
    void refusesTheDataOfAnotherCluster() throws IOException {
        writeMeta("cluster.id=theirs\nnode.id=1\n");
        Files.writeString(layout.clusterIdFile(), "ours\n");

        assertThatThrownBy(storage::verify)
                .hasMessageContaining("belongs to Kafka cluster theirs but CoopHub formatted cluster ours")
                .hasMessageContaining("./coophub reset");
    }

    @Test
    void refusesDataCoopHubHasNoRecordOfFormatting() throws IOException {
        writeMeta("cluster.id=abc\n");

        assertThatThrownBy(storage::verify).hasMessageContaining("was not formatted by CoopHub");
    }

    @Test
    void refusesMetaPropertiesWithoutAClusterId() throws IOException {
        writeMeta("node.id=1\n");
        Files.writeString(layout.clusterIdFile(), "abc\n");

        assertThatThrownBy(storage::verify).hasMessageContaining("has no cluster.id");
    }

    @Test
    void deleteRemovesDataAndClusterId() throws IOException {
        writeMeta("cluster.id=abc\n");
        Files.writeString(layout.clusterIdFile(), "abc\n");

        storage.delete();

        assertThat(layout.kafkaDir()).doesNotExist();
        assertThat(storage.isFormatted()).isFalse();
    }

    private void writeMeta(String content) throws IOException {
        Files.createDirectories(layout.kafkaData());
        Files.writeString(layout.kafkaData().resolve("meta.properties"), content);
    }
}
