package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.Topics;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.Test;

/**
 * The whole application on the module's embedded broker: records in, figures out over HTTP. It
 * shares the application with the other {@link LiveDashboard} tests, so it asserts on its own
 * party (France), its own requests and its own warrant, and on the totals only as lower bounds.
 */
class DashboardApplicationTest extends LiveDashboard {

    @Test
    void showsTheFiguresOfWhatFlowsThroughTheHubIncludingAPartyOnboardedLater() throws Exception {
        awaitRunning();

        // recent timestamps: the broker's retention (7 days) would delete records stamped in 2017
        // before the Streams application reads a topic created later
        Instant dispatched = Instant.now().minus(Duration.ofHours(3));
        send(List.of(
                Hub.profile(SampleMessages.franceProfile()),
                Hub.request("ICC-REQ-1", "FRA", dispatched, null),
                Hub.receipt("ICC-REQ-1", "FRA", dispatched.plus(Duration.ofHours(2)), dispatched),
                Hub.warrant("W1", "w1-issued", WarrantEventKind.ISSUED, dispatched, null)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/parties/FRA"))
                    .contains("\"openRequests\":1", "\"acknowledgedRequests\":1", "\"medianHoursToAcknowledge\":2.0");
            assertThat(get("/api/warrants?status=outstanding")).contains("\"warrantId\":\"W1\"");
            String summary = get("/api/summary");
            assertThat(figure(summary, "parties")).isGreaterThanOrEqualTo(1);
            assertThat(figure(summary, "openRequests")).isGreaterThanOrEqualTo(1);
            assertThat(figure(summary, "outstandingWarrants")).isGreaterThanOrEqualTo(1);
        });
        assertThat(get("/api/requests/ICC-REQ-1")).contains("\"status\":\"ACKNOWLEDGED\"");

        createTopics(List.of(Topics.requests("ARG")));
        send(List.of(Hub.request("ICC-REQ-2", "ARG", Instant.now(), null)));

        // found by the pattern subscription at the next metadata refresh, without a restart
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(get("/api/requests/ICC-REQ-2")).contains("\"party\":\"ARG\""));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            long open = (long) figure(get("/api/summary"), "openRequests");
            assertThat(get("/actuator/prometheus")).contains("coophub_dashboard_requests_open " + open + ".0");
        });
        assertThat(get("/")).contains("id=\"medianDaysToExecute\"");
        assertThat(get("/v3/api-docs")).contains("/api/summary");
    }

    private static double figure(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(-?[0-9.eE+-]+)").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
