package org.coophub.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.ReceiptAcknowledgement;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The page in a real browser (Debian's headless Chromium): its tiles show the figures of the JSON
 * API. The application runs as in {@code DashboardApplicationTest}, on the module's one embedded
 * broker, with the same schema registry.
 *
 * <p>The records are those of {@code DashboardApplicationTest} (same message ids): the lifecycle
 * and the warrants drop a message id already seen, so whichever test runs first, the other's
 * figures are unchanged.
 */
@DirtiesContext // closes the Streams application before the module's broker stops
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            // Kafka Streams does not leave its group on close: the next test's application (same
            // application.id) joins only once this member's session has expired, 6 s (the broker's
            // minimum) instead of 45 s
            "spring.kafka.streams.properties.session.timeout.ms=6000"
        })
class DashboardPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    private static final List<String> TILES = List.of(
            "parties",
            "openRequests",
            "overdueRequests",
            "outstandingWarrants",
            "medianHoursToAcknowledge",
            "medianDaysToExecute");
    private static final List<String> DECIMAL_TILES = List.of("medianHoursToAcknowledge", "medianDaysToExecute");

    @TempDir
    static Path state;

    private static ChromeDriverService service;
    private static WebDriver browser;

    @TestBean(methodName = "org.coophub.dashboard.DashboardApplicationTest#schemaRegistryClient")
    SchemaRegistryClient schemaRegistryClient;

    @DynamicPropertySource
    static void stateDir(DynamicPropertyRegistry registry) {
        registry.add("coophub.dashboard.state-dir", () -> state.toString());
    }

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The page is tested in Debian's headless Chromium: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed; install the Debian packages chromium chromium-driver"
                    + " (apt-get install chromium chromium-driver), as .ci/run does");
        }
        Files.createDirectories(Path.of("target"));
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        // both paths given: Selenium Manager never looks for (or downloads) a browser or a driver
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1440,900",
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quitBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
        }
    }

    @Test
    void pageShowsTheSameFiguresAsTheApi() throws Exception {
        // after DashboardApplicationTest, its member's session (45 s) expires before this one joins
        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(get("/actuator/health")).contains("\"UP\""));

        // recent timestamps: the broker's retention (7 days) would delete records stamped in 2017
        Instant dispatched = Instant.now().minus(Duration.ofHours(3));
        send(List.of(
                new Sent(Topics.DIRECTORY, "FRA", SampleMessages.franceProfile(), dispatched),
                request("ICC-REQ-1", "FRA", dispatched),
                receipt("ICC-REQ-1", "FRA", dispatched.plus(Duration.ofHours(2)), dispatched),
                warrantIssued("W1", "w1-issued", dispatched)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String summary = get("/api/summary");
            assertThat(figure(summary, "parties")).isGreaterThanOrEqualTo(1);
            assertThat(figure(summary, "openRequests")).isGreaterThanOrEqualTo(1);
            assertThat(figure(summary, "outstandingWarrants")).isGreaterThanOrEqualTo(1);
            assertThat(figure(summary, "acknowledgedRequests")).isGreaterThanOrEqualTo(1);
            assertThat(figure(summary, "medianHoursToAcknowledge")).isGreaterThan(0);
            assertThat(get("/api/warrants?status=outstanding")).contains("\"warrantId\":\"W1\"");
        });

        browser.get("http://localhost:" + port + "/");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage("the page's tiles to be filled from /api/summary")
                .until(page -> !page.findElement(By.id("updated")).getText().equals("—")
                        && TILES.stream()
                                .noneMatch(id ->
                                        page.findElement(By.id(id)).getText().equals("—")));

        String summary = get("/api/summary");
        for (String tile : TILES) {
            assertThat(digits(browser.findElement(By.id(tile)).getText()))
                    .as("tile #%s against /api/summary %s", tile, summary)
                    .isEqualTo(apiDigits(summary, tile));
        }
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();

        int overdue = count(get("/api/overdue"), "\"requestId\"");
        List<WebElement> overdueRows = browser.findElements(By.cssSelector("#overdue tbody tr"));
        if (overdue == 0) {
            assertThat(overdueRows).hasSize(1);
            assertThat(overdueRows.get(0).getText()).isEqualTo("None");
        } else {
            assertThat(overdueRows).hasSize(overdue);
        }
        assertThat(overdue).isEqualTo((int) figure(summary, "overdueRequests"));

        int warrants = count(get("/api/warrants?status=outstanding"), "\"warrantId\"");
        List<WebElement> warrantRows = browser.findElements(By.cssSelector("#warrants tbody tr"));
        assertThat(warrantRows).hasSize(warrants);
        assertThat(warrantRows)
                .anySatisfy(row -> assertThat(row.findElements(By.tagName("td")))
                        .first()
                        .satisfies(cell -> assertThat(cell.getText()).isEqualTo("W1")));

        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    /** What the page shows stripped of its formatting (grouping, decimal separator): the digits. */
    private static String digits(String shown) {
        return shown.replaceAll("[^0-9]", "");
    }

    /** The API's figure with the page's precision (one decimal for the medians), as digits. */
    private static String apiDigits(String summary, String name) {
        double value = figure(summary, name);
        String formatted = DECIMAL_TILES.contains(name)
                ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%d", Math.round(value));
        return digits(formatted);
    }

    private static double figure(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(-?[0-9.eE+-]+)").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static int count(String json, String needle) {
        return json.split(Pattern.quote(needle), -1).length - 1;
    }

    private record Sent(String topic, String key, SpecificRecord value, Instant at) {}

    private static Sent request(String id, String party, Instant at) {
        CooperationRequest request = CooperationRequest.newBuilder(SampleMessages.assetTracingRequest())
                .setRequestId(id)
                .setAddressee(party)
                .setDueBy(null)
                .setDispatchedAt(at)
                .build();
        CourtMessage message = CourtMessage.newBuilder(SampleMessages.assetFreezingRequest())
                .setMessageId("req-" + id)
                .setRequestId(id)
                .setAddressee(party)
                .setSentAt(at)
                .setRequest(request)
                .build();
        return new Sent(Topics.requests(party), id, message, at);
    }

    private static Sent receipt(String id, String party, Instant at, Instant partyClock) {
        PartyMessage message = PartyMessage.newBuilder(SampleMessages.receipt())
                .setMessageId("ack-" + id)
                .setRequestId(id)
                .setParty(party)
                .setSentAt(partyClock)
                .setReceipt(ReceiptAcknowledgement.newBuilder()
                        .setRevision(1)
                        .setReceivedAt(partyClock)
                        .setRequestSha256("00")
                        .build())
                .build();
        return new Sent(Topics.responses(party), id, message, at);
    }

    private static Sent warrantIssued(String warrantId, String messageId, Instant at) {
        WarrantEvent event = WarrantEvent.newBuilder(SampleMessages.warrantIssued())
                .setMessageId(messageId)
                .setWarrantId(warrantId)
                .setKind(WarrantEventKind.ISSUED)
                .setOccurredAt(at)
                .setRecordedAt(at)
                .setPersonReference("P-" + warrantId)
                .setParty(null)
                .build();
        return new Sent(Topics.COURT_WARRANTS, warrantId, event, at);
    }

    private void send(List<Sent> records) {
        SerdeConfig config =
                SerdeConfig.from(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://registry.invalid"), false);
        try (var producer = new KafkaProducer<String, SpecificRecord>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(),
                new CoopAvroSerializer<>(schemaRegistryClient, config, false))) {
            records.forEach(r ->
                    producer.send(new ProducerRecord<>(r.topic(), null, r.at().toEpochMilli(), r.key(), r.value())));
            producer.flush();
        }
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/actuator/health") ? "application/json" : "*/*")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
