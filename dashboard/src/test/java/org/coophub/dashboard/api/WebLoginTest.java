package org.coophub.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Summary;
import org.coophub.dashboard.system.WebSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * With {@code coophub.web.password} set, the page, the API and the metrics need HTTP Basic; the
 * health stays open for the launcher. A real server (status codes and challenge as a browser sees
 * them) with the API, the page and the login only: no Kafka Streams, so the module's shared
 * application ({@code LiveDashboard}) is not disturbed. Without a password the other tests run open.
 */
@SpringBootTest(
        classes = WebLoginTest.DashboardWebLayer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "coophub.web.password=" + WebLoginTest.PASSWORD)
class WebLoginTest {

    static final String PASSWORD = "correct-horse-battery-staple";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * The API, the static page and the login, on Spring Boot's auto-configuration without Kafka
     * (a nested class of a test: no other context's scan picks it up).
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
    @EnableConfigurationProperties(WebSettings.class)
    @Import(DashboardController.class)
    @ComponentScan(
            basePackageClasses = WebSettings.class,
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.WebLoginConfiguration"))
    static class DashboardWebLayer {}

    @MockitoBean
    Figures figures;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void figures() {
        given(figures.summary())
                .willReturn(new Summary(
                        123,
                        7,
                        2,
                        3,
                        5.5,
                        12.25,
                        40,
                        9,
                        1,
                        50,
                        Map.of(),
                        Map.of(),
                        Instant.parse("2018-03-01T12:00:00Z")));
    }

    @Test
    void asksForALoginBeforeAnsweringTheSummary() throws Exception {
        HttpResponse<String> response = get("/api/summary", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"CoopHub dashboard\"");
        assertThat(response.body()).doesNotContain("123");
    }

    @Test
    void answersTheSummaryWithTheRightCredentials() throws Exception {
        HttpResponse<String> response = get("/api/summary", basic("registry", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"parties\":123");
    }

    @Test
    void refusesAWrongPasswordOrAnotherUser() throws Exception {
        assertThat(get("/api/summary", basic("registry", "guess")).statusCode()).isEqualTo(401);
        assertThat(get("/api/summary", basic("officer", PASSWORD)).statusCode()).isEqualTo(401);
    }

    @Test
    void protectsThePageAndTheMetricsToo() throws Exception {
        for (String path : new String[] {"/", "/index.html", "/dashboard.js", "/actuator/prometheus", "/v3/api-docs"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get("/", basic("registry", PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", basic("registry", PASSWORD)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void leavesTheHealthOpenForTheLauncher() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    /**
     * The browser is given the credentials once, for the page (in its URL: what a person types into
     * the browser's prompt), then opens the page without them: it sends the credentials it keeps for
     * the server on its own, and so do the page's same-origin {@code fetch()} calls, or the tile
     * would stay empty.
     */
    @Test
    void thePageFetchesTheApiWithTheCredentialsTheBrowserWasGivenForThePage() throws Exception {
        assertThat(CHROMIUM).isExecutable();
        assertThat(CHROMEDRIVER).isExecutable();
        Path profile = Files.createTempDirectory(
                Files.createDirectories(Path.of("target")).toAbsolutePath(), "chromium-login-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--user-data-dir=" + profile);
        options.setPageLoadTimeout(Duration.ofSeconds(60));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get("http://registry:" + PASSWORD + "@localhost:" + port + "/index.html");
            browser.get("http://localhost:" + port + "/");

            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(page -> page.findElement(By.id("parties")).getText().equals("123"));
            assertThat(browser.getCurrentUrl()).doesNotContain(PASSWORD);
        } finally {
            browser.quit();
            service.stop();
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, */*");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
