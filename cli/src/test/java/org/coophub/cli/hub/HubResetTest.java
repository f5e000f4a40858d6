package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reset}'s confirmation: a typed word at a terminal, {@code --yes}, never a silent wipe. */
class HubResetTest {

    @TempDir
    Path home;

    HubLayout layout;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Hub hub;

    @BeforeEach
    void aHomeWithStateCredentialsAndAnInbox() throws Exception {
        layout = TestHomes.withPlaceholderJars(home);
        hub = new Hub(layout, new PrintStream(out, true), new PrintStream(PrintStream.nullOutputStream()));
        Files.createDirectories(layout.kafkaData());
        Files.createDirectories(layout.gatewayInbox("FRA"));
        Files.createDirectories(layout.credentials());
        Files.writeString(layout.passwordsFile(), "court=secret\n");
    }

    @Test
    void withoutATerminalAndWithoutYesItRefusesNamingTheOptionAndDeletesNothing() {
        assertThatThrownBy(() -> hub.reset(new ResetConfirmation(false, null)))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("--yes")
                .hasMessageContaining("not a terminal");

        assertThat(layout.passwordsFile()).exists();
        assertThat(layout.kafkaData()).exists();
    }

    @Test
    void withYesItWipesTheWholeStateDirectoryWithoutAsking() {
        assertThat(hub.reset(ResetConfirmation.assumeYes())).isZero();

        assertThat(layout.state()).doesNotExist();
        assertThat(text()).doesNotContain("to confirm").contains("Removed " + layout.state());
    }

    @Test
    void atATerminalItSaysWhatGoesAndWipesOnlyOnceResetIsTyped() {
        assertThat(hub.reset(new ResetConfirmation(false, () -> "reset\n"))).isZero();

        assertThat(layout.state()).doesNotExist();
        assertThat(text())
                .contains(layout.state().toString(), "credentials", "Kafka broker's data", "inboxes")
                .contains("Type \"reset\" to confirm:");
    }

    @Test
    void atATerminalAnyOtherAnswerDeletesNothingAndExitsOne() {
        assertThat(hub.reset(new ResetConfirmation(false, () -> "yes"))).isEqualTo(1);

        assertThat(layout.passwordsFile()).exists();
        assertThat(layout.gatewayInbox("FRA")).exists();
        assertThat(text()).contains("nothing was deleted");
    }

    @Test
    void atATerminalEndOfInputDeletesNothing() {
        assertThat(hub.reset(new ResetConfirmation(false, () -> null))).isEqualTo(1);

        assertThat(layout.state()).exists();
    }

    @Test
    void aHomeNeverStartedHasNothingToReset() throws Exception {
        assertThat(hub.reset(ResetConfirmation.assumeYes())).isZero();

        assertThat(hub.reset(new ResetConfirmation(false, null))).isZero();
        assertThat(text()).contains("Nothing to reset");
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
