package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coophub.cli.directory.AsOf;
import org.coophub.schemas.Topics;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole path through the real processes {@code up} starts: the producer dispatches a request to
 * France, France's gateway stores it and acknowledges receipt, the court reads the acknowledgement,
 * and the dashboard counts the request as open among the seeded directory's parties. Needs the
 * producer, gateway and dashboard jars of the reactor build; a missing jar fails the test by name.
 * {@code -Dcoophub.it.dashboard=false} runs the flow without the dashboard (for while it is not
 * built); the default is true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFlowIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Whether {@code up} starts the dashboard and the test checks its figures. */
    static final boolean WITH_DASHBOARD = Boolean.parseBoolean(
            System.getProperty("coophub.it.dashboard", "true").trim());

    HubLayout layout;
    Hub hub;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTheHubWithFrance(@TempDir Path home) {
        var libs = Path.of(System.getProperty("coophub.test.kafka-libs", "target/kafka/libs"));
        layout = new HubLayout(
                home,
                libs,
                TestClients.requiredJar("schema-registry/target/coophub-schema-registry.jar", "schema-registry"),
                TestClients.requiredJar("producer/target/coophub-producer.jar", "producer"),
                TestClients.requiredJar("consumer-gateway/target/coophub-consumer-gateway.jar", "consumer-gateway"),
                WITH_DASHBOARD
                        ? snapshot(TestClients.requiredJar(HubLayout.DASHBOARD_JAR, "dashboard"), home)
                        : home.resolve("no-dashboard.jar"));
        hub = new Hub(layout, new PrintStream(out, true), System.err);
        var apps = new AppOptions(
                AsOf.BUREAU_REPORT,
                List.of("FRA"),
                true,
                TestHomes.freePort(),
                TestHomes.freePort(),
                WITH_DASHBOARD ? TestHomes.freePort() : AppOptions.NO_DASHBOARD);
        assertThat(TestClients.up(hub, new UpOptions(TestHomes.freePorts(), true, true, apps)))
                .isZero();
    }

    /** A copy to run: a rebuild of the module while the test runs must not pull the jar from under the JVM. */
    private static Path snapshot(Path jar, Path home) {
        try {
            Path copy = home.resolve("jars").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            return Files.copy(jar, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stopTheHub() {
        hub.down();
    }

    @Test
    void aDispatchedRequestReachesTheFrenchInboxAndIsAcknowledgedOnce() throws Exception {
        var stack = JSON.readTree(Files.readString(layout.stackFile()));
        String producer = stack.get("producer").asString();
        String gateway = stack.get("gateways").get("FRA").asString();
        assertThat(stack.get("credentials").get("gateway-FRA").asString()).endsWith("gateway-FRA.properties");

        // the producer may answer health UP a moment before it has read the whole directory:
        // a 400 dispatches nothing, so asking again is harmless
        var dispatched = new AtomicReference<HttpResponse<String>>();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    dispatched.set(post(producer + "/requests", serviceOfDocumentsToFrance()));
                    assertThat(dispatched.get().statusCode())
                            .as(dispatched.get().body())
                            .isEqualTo(201);
                });
        String requestId =
                JSON.readTree(dispatched.get().body()).get("requestId").asString();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    var inbox = get(gateway + "/api/inbox/" + requestId);
                    assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
                    assertThat(JSON.readTree(inbox.body()).get("requestId").asString())
                            .isEqualTo(requestId);
                });
        assertThat(receiptsFor(requestId)).hasSize(1);

        if (WITH_DASHBOARD) {
            theDashboardCountsTheRequest(stack, requestId);
        } else {
            assertThat(stack.get("dashboard").isNull()).isTrue();
        }
    }

    /** {@code /api/summary}: the open request and every party of the seeded directory; the request's own page. */
    private void theDashboardCountsTheRequest(JsonNode stack, String requestId) {
        String dashboard = stack.get("dashboard").asString();
        assertThat(dashboard).startsWith("http://127.0.0.1:");
        var seeded = Pattern.compile("directory: (\\d+) States Parties").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(seeded.find()).as("up reports the seeded directory").isTrue();
        int parties = Integer.parseInt(seeded.group(1));
        assertThat(parties).isEqualTo(123); // 2017-11-22

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    var summary = get(dashboard + "/api/summary");
                    assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
                    var figures = JSON.readTree(summary.body());
                    assertThat(figures.get("openRequests").asInt())
                            .as(summary.body())
                            .isGreaterThanOrEqualTo(1);
                    assertThat(figures.get("parties").asInt())
                            .as(summary.body())
                            .isEqualTo(parties);
                });
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    var request = get(dashboard + "/api/requests/" + requestId);
                    assertThat(request.statusCode()).as(request.body()).isEqualTo(200);
                    assertThat(request.body()).contains(requestId);
                });
    }

    @Test
    void statusShowsTheFrenchGatewaysConsumerLagOnItsRequestsTopic() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    var status = new ByteArrayOutputStream();
                    int exit = new Hub(layout, new PrintStream(status, true), System.err).status();
                    assertThat(exit).as(status.toString(StandardCharsets.UTF_8)).isZero();
                    assertThat(status.toString(StandardCharsets.UTF_8).lines())
                            .anySatisfy(line -> assertThat(line)
                                    .matches("gateway-FRA +running +pid .* RSS .*  lag( \\d+|: no commit yet)"));
                });
    }

    /** Reads France's responses as the court, committed transactions only, until a quiet spell after a receipt. */
    private List<PartyMessage> receiptsFor(String requestId) {
        var settings = TestClients.consumer(layout.clientProperties("court"), "court-check");
        settings.put("isolation.level", "read_committed");
        settings.put("specific.avro.reader", "true");
        var deserializer = new CoopAvroDeserializer<PartyMessage>();
        deserializer.configure(settings, false);
        var receipts = new ArrayList<PartyMessage>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(Topics.responses("FRA")));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    var message = record.value();
                    if (requestId.equals(message.getRequestId())
                            && message.getKind() == PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT) {
                        receipts.add(message);
                    }
                });
                if (!receipts.isEmpty() && quietUntil == Long.MAX_VALUE) {
                    // a doubled acknowledgement would follow closely: keep reading a little longer
                    quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return receipts;
    }

    private static String serviceOfDocumentsToFrance() {
        return """
                {
                  "addressee": "FRA",
                  "requestType": "ASSISTANCE_SERVICE_OF_DOCUMENTS",
                  "legalBasis": "art. 93(1)(d)",
                  "requestingOrgan": "REGISTRY",
                  "situation": "Situation in the Republic of Examplia",
                  "caseReference": "ICC-01/99-01/26",
                  "priority": "ROUTINE",
                  "confidentiality": "CONFIDENTIAL",
                  "dueBy": "%s",
                  "language": "fr",
                  "contents": {
                    "purposeAndLegalBasis": "Service of a summons to appear on a witness residing in France, art. 93(1)(d).",
                    "persons": [{"role": "WITNESS", "name": "Jean Exemple"}],
                    "places": [],
                    "assets": [],
                    "essentialFacts": "The witness is to be served the summons for the confirmation hearing."
                  },
                  "attachments": []
                }
                """.formatted(LocalDate.now().plusDays(30));
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET with the local login {@code up} gave the dashboard or the gateways' officers' pages. */
    private HttpResponse<String> get(String url) throws Exception {
        var stack = JSON.readTree(Files.readString(layout.stackFile()));
        var logins = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(stack.get("webLogins").asString()))) {
            logins.load(reader);
        }
        boolean dashboard = !stack.get("dashboard").isNull()
                && url.startsWith(stack.get("dashboard").asString());
        String login = dashboard
                ? logins.getProperty("dashboard.username") + ":" + logins.getProperty("dashboard.password")
                : logins.getProperty("officers.username") + ":" + logins.getProperty("officers.password");
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "application/json")
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
