package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessesTest {

    @TempDir
    Path dir;

    @Test
    void showsTheLastTwentyLinesOfAFailedComponentsLog() throws IOException {
        Path log = dir.resolve("kafka.log");
        Files.writeString(
                log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        var tail = ChildProcesses.logTail(log);

        assertThat(tail).hasSize(21).first().asString().contains("last lines of " + log);
        assertThat(tail.get(1)).isEqualTo("  | line 81");
        assertThat(tail.get(20)).isEqualTo("  | line 100");
    }

    @Test
    void saysSoWhenThereIsNoLog() {
        assertThat(ChildProcesses.logTail(dir.resolve("missing.log")))
                .singleElement()
                .asString()
                .contains("no log at");
    }

    @Test
    void keepsALargeLogAsTheOneBeforeAndStartsAFreshOne() throws IOException {
        Path log = dir.resolve("kafka.log");
        try (var file = new RandomAccessFile(log.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }

        ChildProcesses.rotateIfLarge(log);

        assertThat(log).doesNotExist();
        assertThat(dir.resolve("kafka.log.1")).exists();
    }
}
