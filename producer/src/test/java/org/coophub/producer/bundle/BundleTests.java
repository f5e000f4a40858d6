package org.coophub.producer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coophub.producer.CommittedReader;
import org.coophub.producer.FailingProbe;
import org.coophub.producer.HubTest;
import org.coophub.producer.Parties;
import org.coophub.producer.Requests;
import org.coophub.producer.directory.Directory;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class BundleTests {

    static final List<String> ADDRESSEES = List.of("FRA", "DEU", "ARG");

    @Autowired
    MockMvc mvc;

    @Autowired
    Parties parties;

    @Autowired
    Directory directory;

    @Autowired
    CommittedReader reader;

    @Autowired
    FailingProbe probe;

    @BeforeEach
    void partiesInTheDirectory() throws Exception {
        parties.ensurePublished(directory);
    }

    @AfterEach
    void disarm() {
        probe.disarm();
    }

    @Test
    void everyAddresseeReceivesItsRequestOnceWithTheSharedCoordinationId() throws Exception {
        String coordination = "ICC-COORD-" + UUID.randomUUID();
        List<String> ids = dispatchBundle(coordination, null);

        awaitSent(ids);
        for (int i = 0; i < ADDRESSEES.size(); i++) {
            List<CourtMessage> received = reader.about(Topics.requests(ADDRESSEES.get(i)), ids.get(i));
            assertThat(received)
                    .singleElement()
                    .satisfies(message ->
                            assertThat(message.getRequest().getCoordinationId()).isEqualTo(coordination));
        }
    }

    @Test
    void bundleWhoseTransactionFailsMidwayIsVisibleToNoAddresseeUntilItGoesOutWhole() throws Exception {
        probe.failAfterSendingTo(Topics.requests("DEU")); // FRA's record is already in the transaction
        List<String> ids = dispatchBundle("ICC-COORD-" + UUID.randomUUID(), null);

        await().atMost(Duration.ofSeconds(20)).until(() -> probe.failures() >= 2);
        for (int i = 0; i < ADDRESSEES.size(); i++) {
            assertThat(reader.about(Topics.requests(ADDRESSEES.get(i)), ids.get(i)))
                    .as("committed records for %s at %s", ids.get(i), ADDRESSEES.get(i))
                    .isEmpty();
        }

        probe.disarm();
        awaitSent(ids);
        for (int i = 0; i < ADDRESSEES.size(); i++) {
            assertThat(reader.about(Topics.requests(ADDRESSEES.get(i)), ids.get(i)))
                    .hasSize(1);
        }
    }

    @Test
    void embargoedBundleIsHeldUntilItsActionTime() throws Exception {
        Instant embargo = Instant.now().plusSeconds(3);
        List<String> ids = dispatchBundle("ICC-COORD-" + UUID.randomUUID(), embargo);

        mvc.perform(get("/requests/{id}", ids.get(0)))
                .andExpect(jsonPath("$.sentAt").doesNotExist());
        awaitSent(ids);
        String sentAt = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/requests/{id}", ids.get(0)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.sentAt");
        assertThat(Instant.parse(sentAt)).isAfterOrEqualTo(embargo);
    }

    @Test
    void bundleWithAnInvalidRequestIsRejectedWhole() throws Exception {
        String body =
                """
                {"requests": [%s, %s]}
                """.formatted(Requests.assetFreezing(null, "FRA", "fr"), Requests.assetFreezing(null, "ZZZ", "en"));
        mvc.perform(post("/bundles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requests[1].addressee"));
    }

    private List<String> dispatchBundle(String coordination, Instant embargo) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids =
                ADDRESSEES.stream().map(p -> "ICC-REQ-B-" + p + "-" + suffix).toList();
        String body = """
                {"coordinationId": "%s", %s "requests": [%s, %s, %s]}
                """.formatted(
                        coordination,
                        embargo == null ? "" : "\"embargoUntil\": \"" + embargo + "\",",
                        Requests.assetFreezing(ids.get(0), "FRA", "fr"),
                        Requests.assetFreezing(ids.get(1), "DEU", "en"),
                        Requests.assetFreezing(ids.get(2), "ARG", "es"));
        mvc.perform(post("/bundles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.coordinationId").value(coordination))
                .andExpect(jsonPath("$.requests.length()").value(3));
        return ids;
    }

    private void awaitSent(List<String> ids) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String id : ids) {
                mvc.perform(get("/requests/{id}", id))
                        .andExpect(jsonPath("$.sentAt").isNotEmpty());
            }
        });
    }
}
