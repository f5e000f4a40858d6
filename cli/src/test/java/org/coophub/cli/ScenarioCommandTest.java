package org.coophub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void pointAtTemporaryHome() {
        System.setProperty("coophub.home", home.toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty("coophub.home");
    }

    @Test
    void describePrintsTheScenariosFigures() {
        int exit = run("scenario", "describe", "--seed", "20171027");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("seed 20171027: 1,364 requests")
                .contains("13 at large on 2017-10-27")
                .contains("generated in ");
    }

    @Test
    void helpExplainsLoadAndDescribe() {
        assertThat(run("scenario", "--help")).isZero();
        assertThat(out.toString()).contains("load", "describe", "13 persons are at large");
        assertThat(run("scenario", "load", "--help")).isZero();
        assertThat(out.toString()).contains("--seed=N", "batch path");
    }

    @Test
    void loadWithoutARunningHubIsOneLine() {
        int exit = run("scenario", "load");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("coophub: CoopHub is not running");
    }

    private int run(String... args) {
        var commandLine = CoopHub.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
