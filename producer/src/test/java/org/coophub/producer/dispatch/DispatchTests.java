package org.coophub.producer.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coophub.producer.CommittedReader;
import org.coophub.producer.HubTest;
import org.coophub.producer.Parties;
import org.coophub.producer.Requests;
import org.coophub.producer.directory.Directory;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.RequestType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@HubTest
class DispatchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Parties parties;

    @Autowired
    Directory directory;

    @Autowired
    CommittedReader reader;

    @BeforeEach
    void partiesInTheDirectory() throws Exception {
        parties.ensurePublished(directory);
    }

    @Test
    void dispatchedRequestReachesTheAddresseeAsACommittedCourtMessage() throws Exception {
        String id = newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(id, "FRA", "fr")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestId").value(id))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.addressee").value("FRA"))
                .andExpect(jsonPath("$.messageId").isNotEmpty());

        awaitSent(id);
        List<CourtMessage> messages = reader.about(Topics.requests("FRA"), id);
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.getKind()).isEqualTo(CourtMessageKind.REQUEST);
            assertThat(message.getAddressee()).isEqualTo("FRA");
            assertThat(message.getRequest().getRequestType())
                    .isEqualTo(RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING);
            assertThat(message.getRequest().getContents().getAssets()).hasSize(1);
            assertThat(UUID.fromString(message.getMessageId())).isNotNull();
        });
    }

    @Test
    void sameRequestPostedTwiceIsAnsweredTheSameAndSentOnce() throws Exception {
        String id = newId();
        String body = Requests.assetFreezing(id, "FRA", "fr");
        String first = mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(second).isEqualTo(first);
        awaitSent(id);
        assertThat(reader.about(Topics.requests("FRA"), id)).hasSize(1);
    }

    @Test
    void sameIdWithOtherContentIsAConflictAndSendsNothingMore() throws Exception {
        String id = newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(id, "FRA", "fr")))
                .andExpect(status().isCreated());
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(id, "DEU", "en")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));

        awaitSent(id);
        assertThat(reader.about(Topics.requests("FRA"), id)).hasSize(1);
        assertThat(reader.about(Topics.requests("DEU"), id)).isEmpty();
    }

    @Test
    void invalidRequestIsRejectedWithEveryProblemAndNeverSent() throws Exception {
        String id = newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.arrestMissingThreeThings(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(get("/requests/{id}", id)).andExpect(status().isNotFound());

        // a valid request sent after it: once it is out, the invalid one would have been too
        String marker = newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(marker, "FRA", "fr")))
                .andExpect(status().isCreated());
        awaitSent(marker);
        assertThat(reader.about(Topics.requests("FRA"), id)).isEmpty();
    }

    @Test
    void requestWithoutIdIsGivenARegistryNumber() throws Exception {
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(null, "DEU", "en")))
                .andExpect(status().isCreated())
                .andExpect(
                        jsonPath("$.requestId").value(org.hamcrest.Matchers.matchesPattern("ICC-REQ-\\d{4}-\\d{6}")));
    }

    @Test
    void getAnswersWhatWasDispatchedAndWhen() throws Exception {
        String id = newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(id, "ARG", "es")))
                .andExpect(status().isCreated());

        awaitSent(id);
        mvc.perform(get("/requests/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.addressee").value("ARG"))
                .andExpect(jsonPath("$.dispatchedAt").isNotEmpty())
                .andExpect(jsonPath("$.sentAt").isNotEmpty())
                .andExpect(jsonPath("$.request.language").value("es"));
    }

    private void awaitSent(String id) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/requests/{id}", id))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.sentAt").isNotEmpty()));
    }

    static String newId() {
        return "ICC-REQ-T-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
