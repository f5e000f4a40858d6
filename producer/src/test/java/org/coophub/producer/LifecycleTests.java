package org.coophub.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coophub.producer.directory.Directory;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Notices, warrants, batches and the operational endpoints, on the embedded broker. */
@HubTest
class LifecycleTests {

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
    void clarificationThatAmendsTheContentMakesANewRevisionAndFollowsTheRequest() throws Exception {
        String id = "ICC-REQ-N-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(id, "FRA", "fr")))
                .andExpect(status().isCreated());
        String clarification = """
                {"kind": "CLARIFICATION", "text": "The account number is corrected",
                 "amendedContents": {"purposeAndLegalBasis": "Freeze assets", "essentialFacts": "Proceeds of crimes",
                                     "assets": [{"kind": "BANK_ACCOUNT", "description": "Account FR76 0000"}]}}
                """;
        mvc.perform(post("/requests/{id}/notices", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(clarification))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2));
        String reminder = "{\"noticeId\": \"%s\", \"kind\": \"REMINDER\", \"text\": \"Please report\"}"
                .formatted(UUID.randomUUID());
        for (int attempt = 0; attempt < 2; attempt++) { // a retried notice is recorded and sent once
            mvc.perform(post("/requests/{id}/notices", id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(reminder))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.revision").value(2));
        }

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(reader.about(Topics.requests("FRA"), id))
                        .extracting(CourtMessage::getKind)
                        .containsExactly(
                                CourtMessageKind.REQUEST, CourtMessageKind.CLARIFICATION, CourtMessageKind.REMINDER));
        mvc.perform(get("/requests/{id}", id))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.request.contents.assets[0].description").value("Account FR76 0000"));
    }

    @Test
    void noticeAboutAnUnknownRequestIsNotFound() throws Exception {
        mvc.perform(post("/requests/{id}/notices", "ICC-REQ-NOPE")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REMINDER\", \"text\": \"?\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void warrantEventsGoToTheWarrantsTopicAndTheNameOnlyOnceUnsealed() throws Exception {
        String warrant = "ICC-01/99-01/26-" + UUID.randomUUID().toString().substring(0, 4);
        String body = """
                {"warrantId": "%s", "personReference": "P-0042", "personName": "Jean Exemple", "underSeal": true}
                """.formatted(warrant);
        mvc.perform(post("/warrants").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/warrants").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        mvc.perform(post("/warrants/{id}/events", warrant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"UNSEALED\"}"))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<WarrantEvent> events = reader.<WarrantEvent>readAll(Topics.COURT_WARRANTS).stream()
                    .filter(r -> r.key().equals(warrant))
                    .map(ConsumerRecord::value)
                    .toList();
            assertThat(events)
                    .extracting(WarrantEvent::getKind)
                    .containsExactly(WarrantEventKind.ISSUED, WarrantEventKind.UNSEALED);
            assertThat(events.get(0).getPersonName()).isNull();
            assertThat(events.get(1).getPersonName()).isEqualTo("Jean Exemple");
        });
    }

    @Test
    void batchAnswersOneLinePerRequest() throws Exception {
        String body = "[%s, %s]"
                .formatted(Requests.assetFreezing(null, "DEU", "en"), Requests.assetFreezing(null, "DEU", "xx"));
        MvcResult started = mvc.perform(post("/requests/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(request().asyncStarted())
                .andReturn();
        String lines = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(lines.lines()).hasSize(2);
        assertThat(lines.lines().toList().get(0)).contains("\"index\":0").contains("\"status\":201");
        assertThat(lines.lines().toList().get(1))
                .contains("\"index\":1")
                .contains("\"status\":400")
                .contains("language");
    }

    @Test
    void publishesItsOpenApiDocumentAndHealth() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/requests']").exists())
                .andExpect(jsonPath("$.paths['/bundles']").exists());
        mvc.perform(get("/actuator/health").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}"));
    }
}
