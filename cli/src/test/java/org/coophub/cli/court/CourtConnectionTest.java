package org.coophub.cli.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coophub.cli.hub.HubException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourtConnectionTest {

    @TempDir
    Path home;

    @Test
    void findsTheCourtsSettingsThroughTheStackFile() throws Exception {
        Path court = home.resolve("court.properties");
        Files.writeString(
                court,
                "bootstrap.servers=127.0.0.1:9092\nschema.registry.url=http://127.0.0.1:8081\n"
                        + "basic.auth.user.info=court:secret\n");
        Path stack = home.resolve("stack.json");
        Files.writeString(stack, "{\"credentials\": {\"court\": \"" + court + "\"}}");

        var connection = CourtConnection.fromRunningHub(stack);

        assertThat(connection.bootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(connection.registryUrl()).contains("http://127.0.0.1:8081");
        assertThat(connection.registryUserInfo()).contains("court:secret");
    }

    @Test
    void saysTheHubIsNotRunningWithoutAStackFile() {
        assertThatThrownBy(() -> CourtConnection.fromRunningHub(home.resolve("stack.json")))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("CoopHub is not running")
                .hasMessageContaining("./coophub up");
    }
}
