package org.coophub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoopHubTest {

    @TempDir
    Path home;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void pointAtTemporaryHome() throws IOException {
        System.setProperty("coophub.home", home.toString());
        Files.createDirectories(home.resolve("cli/target/kafka/libs"));
        Files.createFile(home.resolve("cli/target/kafka/libs/kafka_2.13-4.1.2.jar"));
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("coophub.home");
    }

    @Test
    void helpListsTheCommands() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("up", "down", "status", "logs", "reset");
    }

    @Test
    void aMissingRegistryJarIsOneLineOnStderrAndExitOne() {
        int exit = run("up", "--detach");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("coophub: the schema registry jar is missing")
                .doesNotContain("Exception");
    }

    @Test
    void aBusyPortIsOneLineNamingThePortAndTheOption() throws IOException {
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = run("up", "--no-registry", "--kafka-port", String.valueOf(busy.getLocalPort()));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString().lines())
                    .singleElement()
                    .asString()
                    .contains("port " + busy.getLocalPort(), "--kafka-port");
        }
    }

    @Test
    void dashboardPortZeroIsRefusedNamingTheOption() {
        int exit = run("up", "--dashboard-port", "0");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().contains("--dashboard-port");
    }

    @Test
    void resetWithoutATerminalAndWithoutYesRefusesInOneLineAndKeepsTheState() throws IOException {
        Files.createDirectories(home.resolve(".coophub/credentials"));

        int exit = run("reset");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("coophub: ")
                .contains("--yes");
        assertThat(home.resolve(".coophub/credentials")).exists();
    }

    @Test
    void resetWithYesWipesTheStateDirectory() throws IOException {
        Files.createDirectories(home.resolve(".coophub/credentials"));

        assertThat(run("reset", "--yes")).isZero();
        assertThat(home.resolve(".coophub")).doesNotExist();
    }

    @Test
    void logsOfAnUnknownComponentIsOneLineListingTheKnownOnes() throws IOException {
        Files.createDirectories(home.resolve(".coophub/logs"));
        Files.writeString(home.resolve(".coophub/logs/kafka.log"), "started\n");

        int exit = run("logs", "zookeeper", "--lines", "5");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .isEqualTo("coophub: unknown component zookeeper; known: kafka");
    }

    @Test
    void logsBeforeAnyStartIsOneLineAndExitOne() {
        int exit = run("logs", "-f");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("coophub: no logs");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("up", "--frobnicate")).isEqualTo(2);
    }

    private int run(String... args) {
        return CoopHub.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
