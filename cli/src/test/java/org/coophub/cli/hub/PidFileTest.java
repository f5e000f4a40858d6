package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coophub.cli.hub.PidFile.Liveness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path home;

    @Test
    void reportsAPidFileWhoseProcessIsGoneAsStale() throws Exception {
        var layout = HubLayout.of(home);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        var pidFile = PidFile.of(layout, Component.KAFKA);
        pidFile.write(gone.pid());

        var inspection = pidFile.inspect();

        assertThat(inspection.liveness()).isEqualTo(Liveness.STALE);
        assertThat(inspection.reason()).isEqualTo("process " + gone.pid() + " is gone");
    }

    @Test
    void reportsAPidFileOfSomeoneElsesLiveProcessAsStale() {
        var pidFile = PidFile.of(HubLayout.of(home), Component.KAFKA);
        pidFile.write(ProcessHandle.current().pid());

        var inspection = pidFile.inspect();

        assertThat(inspection.liveness()).isEqualTo(Liveness.STALE);
        assertThat(inspection.reason()).contains("is not CoopHub's kafka");
        assertThat(inspection.process()).isEmpty();
    }

    @Test
    void reportsAPidFileWithoutANumberAsStale() throws IOException {
        var pidFile = PidFile.of(HubLayout.of(home), Component.REGISTRY);
        Files.createDirectories(pidFile.path().getParent());
        Files.writeString(pidFile.path(), "garbage");

        assertThat(pidFile.inspect().liveness()).isEqualTo(Liveness.STALE);
    }

    @Test
    void recognisesItsOwnChildAndStopsItWithSigterm() {
        var layout = HubLayout.of(home);
        Process child = IdleChild.launch(layout, Component.KAFKA);
        try {
            var inspection = PidFile.of(layout, Component.KAFKA).inspect();
            assertThat(inspection.liveness()).isEqualTo(Liveness.RUNNING);
            assertThat(inspection.pid()).isEqualTo(child.pid());

            ChildProcesses.stop(child.toHandle(), Duration.ofSeconds(20));

            assertThat(child.isAlive()).isFalse();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aMarkedProcessOfAnotherHomeIsNotOurs() {
        var layout = HubLayout.of(home);
        Process child = IdleChild.launch(layout, Component.KAFKA);
        try {
            var otherHome = HubLayout.of(home.resolve("elsewhere"));
            var pidFile = PidFile.of(otherHome, Component.KAFKA);
            pidFile.write(child.pid());

            assertThat(pidFile.inspect().liveness()).isEqualTo(Liveness.STALE);
        } finally {
            child.destroyForcibly();
        }
    }
}
