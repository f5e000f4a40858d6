package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logs}: the tail of a log, the prefixes of the merged view, one step of {@code --follow}. */
class HubLogsTest {

    @TempDir
    Path home;

    HubLayout layout;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HubLogs logs;

    @BeforeEach
    void setUp() {
        layout = HubLayout.of(home);
        logs = new HubLogs(layout, new PrintStream(out, true));
    }

    @Test
    void lastLinesAreTheFileEndWithoutAnEmptyLineForTheFinalNewline() throws Exception {
        Path file = write("kafka", "one\ntwo\nthree\n");

        assertThat(HubLogs.lastLines(file, 2, Long.MAX_VALUE)).containsExactly("two", "three");
        assertThat(HubLogs.lastLines(file, 50, Long.MAX_VALUE)).containsExactly("one", "two", "three");
        assertThat(HubLogs.lastLines(file, 0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void lastLinesIncludeALineStillBeingWrittenAndDropCarriageReturns() throws Exception {
        Path file = write("kafka", "one\r\ntwo\r\nthr");

        assertThat(HubLogs.lastLines(file, 2, Long.MAX_VALUE)).containsExactly("two", "thr");
    }

    @Test
    void lastLinesReadOnlyTheEndOfALongLog() throws Exception {
        String text = IntStream.range(0, 20_000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
        Path file = write("kafka", text);

        assertThat(HubLogs.lastLines(file, 3, Long.MAX_VALUE))
                .containsExactly("line 19997", "line 19998", "line 19999");
        assertThat(HubLogs.lastLines(file, 3000, Long.MAX_VALUE)).hasSize(3000).startsWith("line 17000");
    }

    @Test
    void anEmptyLogHasNoLines() throws Exception {
        assertThat(HubLogs.lastLines(write("kafka", ""), 5, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void everyLineOfTheMergedViewNamesItsComponent() {
        assertThat(HubLogs.prefixed("gateway-FRA", "started")).isEqualTo("[gateway-FRA] started");
    }

    @Test
    void withoutAComponentEveryLogIsShownPrefixedInStatusOrder() throws Exception {
        write("dashboard", "d1\nd2\n");
        write("gateway-FRA", "g1\n");
        write("kafka", "k1\nk2\nk3\n");
        write("producer", "p1\n");

        assertThat(logs.print(null, 2, false)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "[kafka] k2",
                        "[kafka] k3",
                        "[producer] p1",
                        "[gateway-FRA] g1",
                        "[dashboard] d1",
                        "[dashboard] d2");
    }

    @Test
    void withAComponentOnlyItsLinesAreShownUnprefixed() throws Exception {
        write("kafka", "k1\nk2\n");
        write("producer", "p1\n");

        assertThat(logs.print("kafka", 1, false)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("k2");
    }

    @Test
    void anUnknownComponentIsRefusedListingTheKnownOnes() throws Exception {
        write("kafka", "k\n");
        write("gateway-FRA", "g\n");

        assertThatThrownBy(() -> logs.print("gateway-XYZ", 5, false))
                .isInstanceOf(HubException.class)
                .hasMessage("unknown component gateway-XYZ; known: kafka, gateway-FRA");
    }

    @Test
    void aHomeNeverStartedHasNoLogs() {
        assertThatThrownBy(() -> logs.print(null, 5, false))
                .isInstanceOf(HubException.class)
                .hasMessageStartingWith("no logs: CoopHub was never started here");
    }

    @Test
    void aFollowStepReturnsTheCompleteLinesAppendedSinceTheLastOne() throws Exception {
        Path file = write("kafka", "old\n");
        var tail = HubLogs.Tail.at(file);
        assertThat(tail.poll()).isEmpty();

        append(file, "new 1\nnew 2\npart");
        assertThat(tail.poll()).containsExactly("new 1", "new 2");

        append(file, "ial\n");
        assertThat(tail.poll()).containsExactly("partial");
        assertThat(tail.poll()).isEmpty();
    }

    @Test
    void aFollowStepStartsOverWhenTheLogWasTruncated() throws Exception {
        Path file = write("kafka", "a long first line\nanother\n");
        var tail = HubLogs.Tail.at(file);

        Files.writeString(file, "fresh\n");

        assertThat(tail.poll()).containsExactly("fresh");
    }

    @Test
    void aFollowStepStartsOverWhenTheLogWasReplacedByRotation() throws Exception {
        Path file = write("kafka", "x\n");
        var tail = HubLogs.Tail.at(file);

        Files.move(file, file.resolveSibling("kafka.log.1"));
        assertThat(tail.poll()).isEmpty();
        Files.writeString(file, "after rotation 1\nafter rotation 2\n");

        assertThat(tail.poll()).containsExactly("after rotation 1", "after rotation 2");
    }

    private Path write(String component, String text) throws Exception {
        Files.createDirectories(layout.logs());
        return Files.writeString(layout.logs().resolve(component + ".log"), text);
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }
}
