package org.coophub.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.hub.AppOptions;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.hub.HubLayout;
import org.coophub.cli.hub.HubPorts;
import org.coophub.cli.hub.UpOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario's backfill through the real processes {@code up} starts (with France's gateway, as
 * {@code RequestFlowIT}): the dashboard then shows the 123 parties, every request and the 13 warrants
 * outstanding, and a second load finds the history already there. Needs the reactor's jars.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioBackfillIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Hub hub;
    private HubLayout layout;
    private final ByteArrayOutputStream hubOut = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTheHub(@TempDir Path home) {
        var libs = Path.of(System.getProperty("coophub.test.kafka-libs", "target/kafka/libs"));
        layout = new HubLayout(
                home,
                libs,
                jar("schema-registry/target/coophub-schema-registry.jar", home),
                jar("producer/target/coophub-producer.jar", home),
                jar("consumer-gateway/target/coophub-consumer-gateway.jar", home),
                jar("dashboard/target/coophub-dashboard.jar", home));
        hub = new Hub(layout, new PrintStream(hubOut, true), System.err);
        var apps = new AppOptions(AsOf.BUREAU_REPORT, List.of("FRA"), true, freePort(), freePort(), freePort());
        try {
            assertThat(hub.up(new UpOptions(new HubPorts(freePort(), freePort(), freePort()), true, true, apps)))
                    .isZero();
        } catch (HubException e) {
            throw new AssertionError(e.getMessage() + "\n" + String.join("\n", e.details()), e);
        }
    }

    @AfterAll
    void stopTheHub() {
        if (hub != null) {
            hub.down();
        }
    }

    @Test
    void theDashboardShowsTheWholeHistoryAndASecondLoadFindsItThere() throws Exception {
        JsonNode stack = JSON.readTree(Files.readString(layout.stackFile()));
        URI producer = URI.create(stack.get("producer").asText());
        URI dashboard = URI.create(stack.get("dashboard").asText());
        Scenario scenario = Scenario.generate(Scenario.DEFAULT_SEED);
        var printed = new ByteArrayOutputStream();

        Backfill.Result result = new Backfill(
                        producer, dashboard, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .load(scenario);

        System.out.println(printed.toString(StandardCharsets.UTF_8));
        assertThat(result.alreadyLoaded()).isFalse();
        assertThat(result.requests()).isEqualTo(scenario.requests().size());
        assertThat(result.requestsFolded()).isEqualTo(scenario.requests().size());
        assertThat(result.outstandingWarrants()).isEqualTo(13);
        JsonNode summary = JSON.readTree(get(dashboard + "/api/summary"));
        assertThat(summary.path("parties").asLong()).isEqualTo(123);
        assertThat(summary.path("outstandingWarrants").asLong()).isEqualTo(13);
        assertThat(summary.path("agreementsByKind").path("WITNESS_RELOCATION").asLong())
                .isEqualTo(18);

        var again = new ByteArrayOutputStream();
        Backfill.Result second =
                new Backfill(producer, dashboard, new PrintStream(again, true, StandardCharsets.UTF_8)).load(scenario);
        assertThat(second.alreadyLoaded()).isTrue();
        assertThat(again.toString(StandardCharsets.UTF_8)).startsWith("history: already loaded");
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** A copy of a reactor jar: a rebuild while the test runs must not pull it from under the JVM. */
    private static Path jar(String relativeToRepository, Path home) {
        Path jar = Path.of("..").resolve(relativeToRepository).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: build the reactor first (./mvnw -B -DskipTests package)");
        }
        try {
            Path copy = home.resolve("jars").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            return Files.copy(jar, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    /** A free port not handed out before in this test. */
    private static synchronized int freePort() {
        while (true) {
            try (var socket = new ServerSocket(0)) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
