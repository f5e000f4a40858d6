package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The managers' pages in a real browser (Debian's headless Chromium through its chromedriver),
 * against the whole application fed with the {@link Caseload}: the main page's tiles show the
 * API's figures, its filters narrow every figure and travel in the URL, its charts are drawn, and
 * the request and party pages show what the API says about them. Screenshots go to {@code
 * target/dashboard.png} (main page, 1366 x 900), {@code dashboard-full.png} (all of it), {@code
 * dashboard-party.png} and {@code dashboard-request.png}.
 */
class DashboardPageBrowserTest extends LiveDashboard {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target");
    private static final List<String> TILES = List.of(
            "parties",
            "openRequests",
            "overdueRequests",
            "outstandingWarrants",
            "medianHoursToAcknowledge",
            "medianDaysToExecute");
    private static final List<String> PARTY_TILES =
            List.of("requests", "openRequests", "overdueRequests", "medianHoursToAcknowledge", "medianDaysToExecute");
    private static final List<String> DECIMAL_TILES = List.of("medianHoursToAcknowledge", "medianDaysToExecute");
    private static final List<String> CHARTS = List.of("chart-type", "chart-group", "chart-backlog", "chart-slowest");
    private static final Duration PAGE = Duration.ofSeconds(20);

    private static final Caseload CASELOAD = new Caseload(Instant.now());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean caseloadIn;

    private static ChromeDriverService service;
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The page is tested in Debian's headless Chromium: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed; install the Debian packages chromium chromium-driver"
                    + " (apt-get install chromium chromium-driver), as .ci/run does");
        }
        Files.createDirectories(TARGET);
        Path profile = Files.createTempDirectory(TARGET.toAbsolutePath(), "chromium-profile-");
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
                "--lang=en-GB",
                "--window-size=1366,900",
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        // --window-size is the window's: make the page's viewport 1366 x 900
        Number chrome =
                (Number) ((JavascriptExecutor) browser).executeScript("return window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(1366, 900 + chrome.intValue()));
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

    /** Sends the caseload once and waits until the API's figures rest on all of it. */
    @BeforeEach
    void caseloadIsIn() throws Exception {
        if (caseloadIn) {
            return;
        }
        awaitRunning();
        createTopics(CASELOAD.partyTopics());
        send(CASELOAD.records);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (Caseload.State state : Caseload.STATES) {
                List<Caseload.Request> sent = CASELOAD.of(state.code());
                JsonNode party = json("/api/parties/" + state.code());
                assertThat(party.path("requests").asLong())
                        .as("requests to %s", state.code())
                        .isEqualTo(sent.size());
                assertThat(party.path("openRequests").asLong())
                        .as("open requests to %s", state.code())
                        .isEqualTo(sent.stream().filter(Caseload.Request::open).count());
            }
            assertThat(get("/api/warrants?status=outstanding")).contains("ICC-W-2026-01", "ICC-W-2026-02");
            assertThat(json("/api/summary").path("requests").asLong()).isGreaterThanOrEqualTo(CASELOAD.requests.size());
        });
        caseloadIn = true;
    }

    @Test
    void pageShowsTheSameFiguresAsTheApi() throws Exception {
        open("/");
        awaitTiles(TILES, "/api/summary");

        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("updated")).getText()).matches(".*\\d{2}:\\d{2}:\\d{2}.*");

        JsonNode overdue = json("/api/overdue");
        assertThat(overdue.size())
                .isEqualTo(json("/api/summary").path("overdueRequests").asInt())
                .isPositive();
        assertThat(texts("#overdue tbody tr")).hasSize(overdue.size());
        assertThat(script("return document.querySelector('#overdue tbody td:first-child a').href"))
                .asString()
                .endsWith("/request.html?id=" + overdue.get(0).path("requestId").asString());

        JsonNode warrants = json("/api/warrants?status=outstanding");
        assertThat(texts("#warrants tbody td:first-child"))
                .hasSize(warrants.size())
                .contains("ICC-W-2026-01", "ICC-W-2026-02");

        assertThat(browser.findElement(By.cssSelector("#overdue-title a.csv")).getAttribute("href"))
                .endsWith("/api/overdue?format=csv");
        awaitCharts();
        screenshot("dashboard.png");
        fullPageScreenshot("dashboard-full.png");
    }

    @Test
    void partyFilterNarrowsTilesToThatParty() throws Exception {
        JsonNode whole = json("/api/summary");
        JsonNode kenya = json("/api/summary?party=KEN");
        assertThat(kenya.path("openRequests").asLong())
                .as("the API narrows /api/summary to a party: %s against %s", kenya, whole)
                .isEqualTo(CASELOAD.of("KEN").stream()
                        .filter(Caseload.Request::open)
                        .count())
                .isLessThan(whole.path("openRequests").asLong());

        open("/");
        awaitTiles(TILES, "/api/summary");
        choose("filter-party", "KEN");

        awaitUrlContains("party=KEN");
        awaitTiles(TILES, "/api/summary?party=KEN");
        awaitRows("#overdue tbody tr", json("/api/overdue?party=KEN").size());
        assertThat(texts("#overdue tbody tr td:nth-child(2)"))
                .isNotEmpty()
                .allSatisfy(party -> assertThat(party).startsWith("KEN"));
        assertThat(browser.findElement(By.cssSelector("#overdue-title a.csv")).getAttribute("href"))
                .endsWith("/api/overdue?party=KEN&format=csv");
        assertThat(browser.findElement(By.id("party-page")).getAttribute("href"))
                .endsWith("/party.html?code=KEN");

        String type = "ARREST_AND_SURRENDER";
        choose("filter-type", type);
        awaitUrlContains("type=" + type);
        assertThat(browser.getCurrentUrl()).contains("party=KEN");
        String both = "/api/summary?party=KEN&type=" + type;
        assertThat(json(both).path("openRequests").asLong())
                .isEqualTo(CASELOAD.of("KEN").stream()
                        .filter(r -> r.open() && !r.sealed() && r.type().name().equals(type))
                        .count());
        awaitTiles(TILES, both);

        // the URL is the view: opened afresh (a bookmark, a shared link), it shows the same
        String shared = browser.getCurrentUrl();
        browser.get("about:blank");
        browser.get(shared);
        awaitTiles(TILES, both);
        assertThat(new Select(browser.findElement(By.id("filter-party")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("KEN");
        assertThat(new Select(browser.findElement(By.id("filter-type")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(type);
    }

    @Test
    void breakdownFollowsTheGranularityChosen() throws Exception {
        open("/?period=quarter");
        new WebDriverWait(browser, PAGE)
                .withMessage("the breakdown by quarter")
                .until(page -> texts("#breakdown tbody tr td:first-child").stream()
                        .anyMatch(period -> period.matches("\\d{4}-Q[1-4]")));
        assertThat(new Select(browser.findElement(By.id("filter-period")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("quarter");
        assertThat(browser.findElement(By.cssSelector("#breakdown-title a.csv")).getAttribute("href"))
                .endsWith("/api/breakdown?period=quarter&format=csv");

        choose("filter-period", "year");
        awaitUrlContains("period=year");
        JsonNode years = json("/api/breakdown?period=year");
        awaitRows("#breakdown tbody tr", Math.min(30, years.path("rows").size()));
        assertThat(texts("#breakdown tbody tr td:first-child"))
                .allSatisfy(period -> assertThat(period).matches("\\d{4}"));
    }

    @Test
    void bannerSaysWhenTheApiIsUnreachableOrStartingAndNothingMoves() throws Exception {
        open("/");
        awaitTiles(TILES, "/api/summary");
        awaitCharts();
        Map<String, String> figures = shown(TILES);
        Map<String, Rectangle> layout = layout();

        // the next refreshes redraw everything: nothing on the page moves
        int refreshed = refreshes();
        new WebDriverWait(browser, PAGE).until(page -> refreshes() >= refreshed + 2);
        assertThat(layout()).isEqualTo(layout);

        script("window.realFetch = window.fetch;"
                + " window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
        awaitBanner("unreachable");
        assertThat(shown(TILES)).as("the last figures received stay").isEqualTo(figures);
        assertThat(layout()).as("the banner floats over the page").isEqualTo(layout);

        script("window.fetch = () => Promise.resolve(new Response("
                + "JSON.stringify({status: 503, detail: 'The figures are not ready yet'}),"
                + " {status: 503, headers: {'Content-Type': 'application/problem+json'}}));");
        awaitBanner("still starting");

        script("window.fetch = window.realFetch;");
        new WebDriverWait(browser, PAGE)
                .withMessage("the banner to go once the API answers again")
                .until(page -> !page.findElement(By.id("problem")).isDisplayed());
        awaitTiles(TILES, "/api/summary");
    }

    @Test
    void chartsAreDrawnInEveryChartContainer() {
        open("/");
        awaitCharts();
        for (String chart : CHARTS) {
            WebElement container = browser.findElement(By.id(chart));
            assertThat(container.isDisplayed())
                    .as("#%s is shown (hidden when its endpoint is missing: %s)", chart, note(container))
                    .isTrue();
            assertThat(container.findElements(By.cssSelector("svg, canvas")))
                    .as("ECharts drew into #%s", chart)
                    .isNotEmpty();
        }
        assertThat(browser.findElement(By.id("chart-backlog")).getText() + svgText("chart-backlog"))
                .contains("Open at end");
        assertThat(svgText("chart-slowest")).contains("UGA");
        assertThat(svgText("chart-type")).contains("hours");

        choose("measure", "closure");
        awaitUrlContains("measure=closure");
        new WebDriverWait(browser, PAGE)
                .withMessage("the turnaround charts in days to closure")
                .until(page -> svgText("chart-type").contains("days")
                        && svgText("chart-group").contains("days"));
    }

    @Test
    void requestPageShowsEveryEventOfTheRequestAtHubTime() throws Exception {
        Caseload.Request executed = CASELOAD.request("ICC-REQ-2026-JPN-04");
        open("/request.html?id=" + executed.id());
        JsonNode view = json("/api/requests/" + executed.id());
        awaitRows("#timeline tbody tr", executed.events());
        assertThat(view.path("timeline").size()).isEqualTo(executed.events());
        assertThat(browser.findElement(By.id("status")).getText())
                .startsWith(sentence(view.path("status").asString()));
        List<String> rows = texts("#timeline tbody tr");
        assertThat(rows.get(0)).contains("Request", "UTC");
        assertThat(rows.get(rows.size() - 1)).contains("Executed");
        assertThat(browser.findElement(By.id("dueBy")).getText()).isNotEqualTo("—");
        assertThat(browser.findElement(By.id("party"))
                        .findElement(By.tagName("a"))
                        .getAttribute("href"))
                .endsWith("/party.html?code=JPN");
        screenshot("dashboard-request.png");

        Caseload.Request sealed = CASELOAD.requests.stream()
                .filter(Caseload.Request::sealed)
                .findFirst()
                .orElseThrow();
        open("/request.html?id=" + sealed.id());
        awaitRows("#timeline tbody tr", sealed.events());
        assertThat(browser.findElement(By.id("type")).getText())
                .startsWith("Under seal")
                .doesNotContainIgnoringCase(sealed.type().name().replace('_', ' '));

        // reached from the main page's overdue table too
        open("/");
        awaitRows("#overdue tbody td:first-child a", json("/api/overdue").size());
        String id = texts("#overdue tbody td:first-child a").get(0);
        script("document.querySelector('#overdue tbody td:first-child a').click()");
        new WebDriverWait(browser, PAGE).until(page -> page.getCurrentUrl().contains("request.html?id=" + id));
        awaitRows(
                "#timeline tbody tr",
                json("/api/requests/" + id).path("timeline").size());
    }

    @Test
    void partyPageShowsItsFigures() throws Exception {
        open("/party.html?code=UGA");
        awaitTiles(PARTY_TILES, "/api/parties/UGA");
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("Uganda");
        assertThat(browser.findElement(By.id("regionalGroup")).getText()).isEqualTo("African States");
        awaitRows(
                "#overdue tbody tr", Math.max(1, json("/api/overdue?party=UGA").size()));
        assertThat(browser.findElements(By.cssSelector("#turnaround tbody tr, #turnaround-section .unavailable")))
                .isNotEmpty();
        new WebDriverWait(browser, PAGE)
                .withMessage("the party's backlog chart to be drawn or said missing")
                .until(page ->
                        !page.findElements(By.cssSelector("#chart-backlog svg")).isEmpty()
                                || page.findElement(By.cssSelector("#chart-backlog + .unavailable"))
                                        .isDisplayed());
        screenshot("dashboard-party.png");
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void open(String path) {
        browser.get(url(path));
    }

    private void choose(String selectId, String value) {
        new WebDriverWait(browser, PAGE)
                .withMessage("the menu #" + selectId + " to offer " + value + " (from /api/filters)")
                .until(page -> page.findElements(By.cssSelector("#" + selectId + " option[value='" + value + "']"))
                                .size()
                        == 1);
        new Select(browser.findElement(By.id(selectId))).selectByValue(value);
    }

    private void awaitUrlContains(String part) {
        new WebDriverWait(browser, PAGE)
                .withMessage("the page's URL to carry " + part)
                .until(page -> page.getCurrentUrl().contains(part));
    }

    private void awaitRows(String selector, int rows) {
        new WebDriverWait(browser, PAGE)
                .withMessage(rows + " rows " + selector)
                .until(page -> page.findElements(By.cssSelector(selector)).size() == rows);
    }

    private static Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    private static int refreshes() {
        Object count = script("return Number(document.body.dataset.refreshed || 0)");
        return ((Number) count).intValue();
    }

    /** Where the tiles, the charts and the tables' headings are on the page. */
    private static Map<String, Rectangle> layout() {
        Map<String, Rectangle> places = new LinkedHashMap<>();
        List<WebElement> elements = browser.findElements(By.cssSelector(".tile, .chart, h2"));
        for (int i = 0; i < elements.size(); i++) {
            places.put(
                    i + " " + elements.get(i).getTagName() + "."
                            + elements.get(i).getAttribute("class"),
                    elements.get(i).getRect());
        }
        return places;
    }

    private void awaitBanner(String says) {
        new WebDriverWait(browser, PAGE)
                .withMessage("the banner to say " + says)
                .until(page -> page.findElement(By.id("problem")).isDisplayed()
                        && page.findElement(By.id("problem")).getText().contains(says));
    }

    /** Waits until every tile shows the API's figure (the page refreshes every 5 s). */
    private void awaitTiles(List<String> tiles, String path) throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        JsonNode figures = json(path);
        tiles.forEach(tile -> expected.put(tile, apiDigits(figures, tile)));
        new WebDriverWait(browser, PAGE)
                .withMessage(() -> "tiles " + shown(tiles) + " to show " + expected + " from " + path)
                .until(page -> shown(tiles).equals(expected));
    }

    private Map<String, String> shown(List<String> tiles) {
        return tiles.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        tile -> digits(browser.findElement(By.id(tile)).getText()),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** Waits until each chart container is drawn into or hidden with a note (endpoint missing). */
    private void awaitCharts() {
        new WebDriverWait(browser, PAGE)
                .withMessage("every chart to be drawn or said unavailable")
                .until(page -> CHARTS.stream().allMatch(id -> {
                    WebElement container = page.findElement(By.id(id));
                    return !container
                                    .findElements(By.cssSelector("svg, canvas"))
                                    .isEmpty()
                            || !note(container).isEmpty();
                }));
    }

    private static String note(WebElement container) {
        List<WebElement> notes = container.findElements(By.xpath("following-sibling::p[@class='unavailable']"));
        return notes.isEmpty() || !notes.get(0).isDisplayed()
                ? ""
                : notes.get(0).getText();
    }

    /** The text of every element matching, read at once (the page redraws a table that changed). */
    @SuppressWarnings("unchecked")
    private static List<String> texts(String selector) {
        return (List<String>)
                script("return Array.from(document.querySelectorAll('" + selector + "')).map(e => e.innerText.trim())");
    }

    /** The texts ECharts drew into a chart, read at once (a redraw replaces its elements). */
    private static String svgText(String chartId) {
        return (String) script("return Array.from(document.querySelectorAll('#" + chartId
                + " svg text')).map(t => t.textContent).join(' ')");
    }

    private static void screenshot(String name) throws IOException {
        Path file = TARGET.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(file).isNotEmptyFile();
    }

    /** The whole page, the window stretched to its height for one shot. */
    private static void fullPageScreenshot(String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        Number height =
                (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), height.intValue() + 140));
        try {
            screenshot(name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        return JSON.readTree(get(path));
    }

    private static String sentence(String value) {
        String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What the page shows stripped of its formatting (grouping, decimal separator): the digits. */
    private static String digits(String shown) {
        return shown.replaceAll("[^0-9]", "");
    }

    /** The API's figure with the page's precision (one decimal for the medians), as digits. */
    private static String apiDigits(JsonNode figures, String name) {
        JsonNode value = figures.path(name);
        assertThat(value.isNumber()).as("%s in %s", name, figures).isTrue();
        String formatted = DECIMAL_TILES.contains(name)
                ? String.format(Locale.ROOT, "%.1f", value.asDouble())
                : String.format(Locale.ROOT, "%d", value.asLong());
        return digits(formatted);
    }
}
