package org.coophub.gateway.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coophub.gateway.inbox.InboxEntry;
import org.coophub.gateway.system.WebSettings;
import org.coophub.schemas.response.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * With {@code coophub.web.password} set, the officers' page and API need HTTP Basic; the health
 * stays open for the launcher. A real server (the browser's view: status codes, challenge, cookies)
 * with the officer's web layer and the login only: no listener, so the module's shared gateway
 * context keeps {@code coop.FRA.requests} to itself. Without a password the other tests run open.
 */
@SpringBootTest(
        classes = WebLoginTests.OfficersWebLayer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"coophub.gateway.party=FRA", "coophub.web.password=" + WebLoginTests.PASSWORD})
class WebLoginTests {

    static final String PASSWORD = "correct-horse-battery-staple";
    private static final String REQUEST_ID = "ICC-REQ-2017-000123";
    private static final String IN_PROGRESS = "{\"status\":\"IN_PROGRESS\",\"reasons\":\"Assigned\"}";

    /**
     * The officer's controllers and the login, on Spring Boot's auto-configuration without the
     * database and Kafka (a nested class of a test: no other context's scan picks it up).
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(
            excludeName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
            })
    @EnableConfigurationProperties(WebSettings.class)
    @Import({InboxApi.class, OfficerPage.class, OfficerProblems.class})
    @ComponentScan(
            basePackageClasses = WebSettings.class,
            useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.WebLoginConfiguration"))
    static class OfficersWebLayer {}

    @MockitoBean
    OfficerActions actions;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void oneRequestInTheInbox() {
        given(actions.today()).willReturn(LocalDate.parse("2017-11-20"));
        given(actions.find(REQUEST_ID)).willReturn(received());
        given(actions.changeStatus(eq(REQUEST_ID), any())).willReturn("message-1");
    }

    @Test
    void refusesAStatusReportWithoutCredentials() throws Exception {
        HttpResponse<String> response = send(postJson(IN_PROGRESS));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"CoopHub gateway\"");
        then(actions).should(never()).changeStatus(anyString(), any());
    }

    @Test
    void acceptsAStatusReportFromTheOfficerWithoutACsrfToken() throws Exception {
        HttpResponse<String> response = send(postJson(IN_PROGRESS).header("Authorization", basic("officer", PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"messageId\":\"message-1\"");
    }

    @Test
    void refusesAWrongPasswordOrAnotherUser() throws Exception {
        HttpResponse<String> wrongPassword =
                send(postJson(IN_PROGRESS).header("Authorization", basic("officer", PASSWORD + "x")));
        HttpResponse<String> otherUser =
                send(postJson(IN_PROGRESS).header("Authorization", basic("registry", PASSWORD)));

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(otherUser.statusCode()).isEqualTo(401);
        then(actions).should(never()).changeStatus(anyString(), any());
    }

    @Test
    void refusesANonJsonPostToTheApiWithoutACsrfTokenEvenFromTheOfficer() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/api/inbox/" + REQUEST_ID + "/status"))
                .header("Content-Type", "text/plain")
                .header("Authorization", basic("officer", PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(IN_PROGRESS)));

        assertThat(response.statusCode()).isEqualTo(403);
        then(actions).should(never()).changeStatus(anyString(), any());
    }

    @Test
    void showsThePagesOnlyToTheOfficer() throws Exception {
        assertThat(send(get("/inbox")).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/inbox")).statusCode()).isEqualTo(401);
        assertThat(send(get("/v3/api-docs")).statusCode()).isEqualTo(401);
        assertThat(send(get("/actuator/metrics")).statusCode()).isEqualTo(401);

        assertThat(send(get("/inbox").header("Authorization", basic("officer", PASSWORD)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(get("/api/inbox").header("Authorization", basic("officer", PASSWORD)))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void leavesTheHealthOpenForTheLauncher() throws Exception {
        HttpResponse<String> health = send(get("/actuator/health").header("Accept", "application/json"));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void acceptsThePageFormOnlyWithItsCsrfToken() throws Exception {
        String officer = basic("officer", PASSWORD);
        String form = "status=IN_PROGRESS&reasons=Assigned";
        HttpResponse<String> forged = send(postForm(form).header("Authorization", officer));

        HttpResponse<String> page = send(get("/inbox/" + REQUEST_ID).header("Authorization", officer));
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        HttpResponse<String> submitted =
                send(postForm(form + "&_csrf=" + token.group(1)).header("Authorization", officer));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/inbox/" + REQUEST_ID));
        then(actions).should().changeStatus(eq(REQUEST_ID), any());
    }

    private HttpRequest.Builder postJson(String body) {
        return HttpRequest.newBuilder(url("/api/inbox/" + REQUEST_ID + "/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder postForm(String body) {
        return HttpRequest.newBuilder(url("/inbox/" + REQUEST_ID + "/status"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(url(path)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static InboxEntry received() {
        Instant at = Instant.parse("2017-11-01T09:00:00Z");
        return new InboxEntry(
                REQUEST_ID,
                1,
                "court-message-1",
                "ASSISTANCE_ASSETS_TRACING_AND_FREEZING",
                "art. 93(1)(k)",
                "NORMAL",
                "PUBLIC",
                "fr",
                LocalDate.parse("2017-12-15"),
                at,
                at,
                "9c1e",
                RequestStatus.RECEIVED,
                null,
                null,
                null,
                at,
                "{}",
                at,
                "coop.FRA.requests",
                0,
                0L,
                null);
    }
}
