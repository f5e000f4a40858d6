package org.coophub.cli.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {

    @Test
    void readsEveryOption() {
        var options = SimulationOptions.parse(List.of(
                "--credentials-dir",
                ".coophub/credentials",
                "--gateway",
                "FRA=http://127.0.0.1:8091",
                "--gateway=DEU=http://127.0.0.1:8092/",
                "--producer",
                "http://127.0.0.1:8080",
                "--rate",
                "6/min",
                "--day",
                "500ms",
                "--seed",
                "7",
                "--port",
                "18099",
                "--web-credentials",
                "web.properties"));

        assertThat(options.credentialsDir()).isEqualTo(Path.of(".coophub/credentials"));
        assertThat(options.gateways())
                .containsEntry("FRA", URI.create("http://127.0.0.1:8091"))
                .containsEntry("DEU", URI.create("http://127.0.0.1:8092"));
        assertThat(options.producer()).contains(URI.create("http://127.0.0.1:8080"));
        assertThat(options.perMinute()).isEqualTo(6);
        assertThat(options.day()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.port()).isEqualTo(18099);
        assertThat(options.webCredentials()).contains(Path.of("web.properties"));
    }

    @Test
    void defaultsAreGentle() {
        var options = SimulationOptions.parse(List.of("--credentials-dir", "c", "--producer", "http://127.0.0.1:8080"));

        assertThat(options.perMinute()).isEqualTo(4);
        assertThat(options.day()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.webCredentials()).isEmpty();
    }

    @Test
    void ratesAndDaysInSeveralUnits() {
        assertThat(SimulationOptions.rate("1/s")).isEqualTo(60);
        assertThat(SimulationOptions.rate("120/h")).isEqualTo(2);
        assertThat(SimulationOptions.rate("0")).isZero();
        assertThat(SimulationOptions.duration("PT3S")).isEqualTo(Duration.ofSeconds(3));
        assertThat(SimulationOptions.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(SimulationOptions.duration("1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesLiveTrafficWithoutAProducerAndUnknownOptions() {
        assertThatThrownBy(() -> SimulationOptions.parse(List.of("--credentials-dir", "c")))
                .hasMessageContaining("--producer");
        assertThatThrownBy(() -> SimulationOptions.parse(List.of("--credentials-dir", "c", "--rate", "0", "--x", "1")))
                .hasMessageContaining("unknown option --x");
        assertThatThrownBy(() -> SimulationOptions.parse(List.of("--credentials-dir", "c", "--gateway", "8091")))
                .hasMessageContaining("P=http");
    }
}
