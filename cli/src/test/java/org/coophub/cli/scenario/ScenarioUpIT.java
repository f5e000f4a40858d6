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
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.awaitility.Awaitility;
import org.coophub.cli.directory.AsOf;
import org.coophub.cli.hub.AppOptions;
import org.coophub.cli.hub.Hub;
import org.coophub.cli.hub.HubException;
import org.coophub.cli.hub.HubLayout;
import org.coophub.cli.hub.HubPorts;
import org.coophub.cli.hub.ScenarioOptions;
import org.coophub.cli.hub.UpOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up} with the 2017 scenario, through the real processes (France's gateway, the simulated
 * authorities of the 122 other parties, the producer, the dashboard): ready means the history is
 * loaded, the dashboard then shows 123 parties and 13 warrants outstanding, the figures move with
 * the live traffic, and {@code down} leaves no process. Needs the reactor's jars.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioUpIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path home;
    private Hub hub;
    private HubLayout layout;
    private final ByteArrayOutputStream hubOut = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTheHub(@TempDir Path home) throws IOException {
        this.home = home;
        var libs = Path.of(System.getProperty("coophub.test.kafka-libs", "target/kafka/libs"));
        layout = new HubLayout(
                home,
                libs,
                jar("schema-registry/target/coophub-schema-registry.jar", home),
                jar("producer/target/coophub-producer.jar", home),
                jar("consumer-gateway/target/coophub-consumer-gateway.jar", home),
                jar("dashboard/target/coophub-dashboard.jar", home));
        // the simulation runs from the CLI's own jar, where the layout expects it
        Path cliJar = home.resolve("cli/target/coophub-cli.jar");
        Files.createDirectories(cliJar.getParent());
        Files.copy(jar("cli/target/coophub-cli.jar", home), cliJar);
        hub = new Hub(layout, new PrintStream(hubOut, true), System.err);
        var apps = new AppOptions(AsOf.BUREAU_REPORT, List.of("FRA"), true, freePort(), freePort(), freePort());
        // a brisk live rate and a short day, so the figures move within the test
        var scenario = new ScenarioOptions(true, Scenario.DEFAULT_SEED, 30, Duration.ofMillis(200), freePort());
        try {
            assertThat(hub.up(new UpOptions(
                            new HubPorts(freePort(), freePort(), freePort()), true, true, apps, scenario)))
                    .isZero();
        } catch (HubException e) {
            throw new AssertionError(
                    e.getMessage() + "\n" + String.join("\n", e.details()) + "\n"
                            + hubOut.toString(StandardCharsets.UTF_8),
                    e);
        }
    }

    @AfterAll
    void stopTheHub() {
        if (hub != null) {
            hub.down();
            assertThat(ProcessHandle.allProcesses()
                            .filter(process ->
                                    process.info().commandLine().orElse("").contains("-Dcoophub.home=" + home)))
                    .as("processes of this hub left after down")
                    .isEmpty();
        }
    }

    @Test
    void isReadyWithTheHistoryLoadedAndThenMovesLive() throws Exception {
        String printed = hubOut.toString(StandardCharsets.UTF_8);
        Scenario scenario = Scenario.generate(Scenario.DEFAULT_SEED);
        assertThat(printed)
                .contains("parties: 123 parties onboarded", "simulation: ready in", "history: loaded in")
                .contains("CoopHub is up in");
        // ready came after the history: the requests were folded before up returned
        assertThat(printed.indexOf("history: loaded in")).isLessThan(printed.indexOf("CoopHub is up in"));

        JsonNode stack = JSON.readTree(Files.readString(layout.stackFile()));
        URI dashboard = URI.create(stack.get("dashboard").asText());
        String login = dashboardLogin(Path.of(stack.get("webLogins").asText()));
        JsonNode summary = summary(dashboard, login);
        assertThat(summary.path("parties").asLong()).isEqualTo(123);
        assertThat(summary.path("outstandingWarrants").asLong()).isEqualTo(13);
        assertThat(summary.path("requests").asLong())
                .isGreaterThanOrEqualTo(scenario.requests().size());
        assertThat(summary.path("agreementsByKind").path("WITNESS_RELOCATION").asLong())
                .isEqualTo(18);

        // live: the court dispatches, the simulated authorities (each with its own credentials)
        // acknowledge, so both counts grow past the history's
        long requests = summary.path("requests").asLong();
        long acknowledged = summary.path("acknowledgedRequests").asLong();
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    JsonNode now = summary(dashboard, login);
                    assertThat(now.path("requests").asLong()).isGreaterThan(requests);
                    assertThat(now.path("acknowledgedRequests").asLong()).isGreaterThan(acknowledged);
                });

        // France's gateway has read and acknowledged its share of the history: status shows no lag
        // (its commits stop before the transaction markers, which are not records to read)
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    var status = new ByteArrayOutputStream();
                    new Hub(layout, new PrintStream(status, true, StandardCharsets.UTF_8), System.err).status();
                    assertThat(status.toString(StandardCharsets.UTF_8).lines())
                            .anySatisfy(line ->
                                    assertThat(line).startsWith("gateway-FRA").endsWith("lag 0"))
                            .anySatisfy(line ->
                                    assertThat(line).startsWith("simulation").contains("running"));
                });

        JsonNode simulation = JSON.readTree(get(stack.get("simulation").asText() + "/status", null));
        assertThat(simulation.path("ready").asBoolean()).isTrue();
        assertThat(simulation.path("authorities").asInt()).isEqualTo(122);

        var again = new ByteArrayOutputStream();
        Backfill.Result second = new Backfill(
                        URI.create(stack.get("producer").asText()),
                        dashboard,
                        new PrintStream(again, true, StandardCharsets.UTF_8))
                .withDashboardLogin(
                        "manager", loginPassword(Path.of(stack.get("webLogins").asText())))
                .load(scenario);
        assertThat(second.alreadyLoaded()).isTrue();
        assertThat(again.toString(StandardCharsets.UTF_8)).startsWith("history: already loaded");
    }

    private JsonNode summary(URI dashboard, String login) throws IOException, InterruptedException {
        return JSON.readTree(get(dashboard + "/api/summary", login));
    }

    private static String loginPassword(Path webLogins) throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(webLogins)) {
            properties.load(reader);
        }
        return properties.getProperty("dashboard.password");
    }

    private static String dashboardLogin(Path webLogins) throws IOException {
        String user = "manager:" + loginPassword(webLogins);
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private String get(String url, String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
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
