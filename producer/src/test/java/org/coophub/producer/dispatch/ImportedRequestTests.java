package org.coophub.producer.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coophub.producer.CommittedReader;
import org.coophub.producer.HubTest;
import org.coophub.producer.Parties;
import org.coophub.producer.Requests;
import org.coophub.producer.directory.Directory;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.RecordedEvent;
import org.coophub.schemas.request.RecordedEventKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Requests of the past imported through the batch path, on the embedded broker. */
@HubTest
class ImportedRequestTests {

    static final Instant DISPATCHED = Instant.parse("2017-03-14T09:30:00Z");

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
    void importedRequestReachesTheAddresseeWithItsHistoryAndHistoricDispatchTime() throws Exception {
        Instant before = Instant.now();
        String id = DispatchTests.newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.imported(id, "FRA", "fr")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dispatchedAt").value("2017-03-14T09:30:00Z"));

        awaitSent(id);
        List<CourtMessage> messages = reader.about(Topics.requests("FRA"), id);
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.getRequest().getDispatchedAt()).isEqualTo(DISPATCHED);
            assertThat(message.getRequest().getCoordinationId()).isEqualTo("ICC-COORD-2017-004");
            assertThat(message.getSentAt()).isAfterOrEqualTo(before.minusMillis(1));
            assertThat(message.getImported().getOccurredAt()).isEqualTo(DISPATCHED);
            assertThat(message.getImported().getSource()).isEqualTo("coophub scenario 2017 (seed 20171027)");
            assertThat(message.getImported().getEvents())
                    .extracting(RecordedEvent::getKind, RecordedEvent::getStatus, RecordedEvent::getLegalBasis)
                    .containsExactly(
                            tuple(RecordedEventKind.RECEIPT_ACKNOWLEDGEMENT, null, null),
                            tuple(RecordedEventKind.STATUS_UPDATE, "IN_CONSULTATION", "art. 97"),
                            tuple(RecordedEventKind.WITHDRAWAL, null, null));
            assertThat(message.getImported().getEvents().get(2).getOccurredAt())
                    .isEqualTo(Instant.parse("2017-06-01T12:00:00Z"));
        });
        mvc.perform(get("/requests/{id}", id))
                .andExpect(jsonPath("$.dispatchedAt").value("2017-03-14T09:30:00Z"))
                .andExpect(jsonPath("$.coordinationId").value("ICC-COORD-2017-004"))
                .andExpect(jsonPath("$.importedFrom").value("coophub scenario 2017 (seed 20171027)"))
                .andExpect(jsonPath("$.request.imported.events.length()").value(3));
    }

    @Test
    void liveRequestCarriesNoImportedRecordAndIsDispatchedNow() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        String id = DispatchTests.newId();
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(id, "DEU", "en")))
                .andExpect(status().isCreated());

        awaitSent(id);
        assertThat(reader.about(Topics.requests("DEU"), id)).singleElement().satisfies(message -> {
            assertThat(message.getImported()).isNull();
            assertThat(message.getRequest().getDispatchedAt()).isAfterOrEqualTo(before);
            assertThat(message.getRequest().getCoordinationId()).isNull();
        });
        mvc.perform(get("/requests/{id}", id))
                .andExpect(jsonPath("$.importedFrom").doesNotExist())
                .andExpect(jsonPath("$.request.imported").doesNotExist());
    }

    @Test
    void reImportedBatchIsAnsweredFromTheStoreAndSentOnce() throws Exception {
        String first = DispatchTests.newId();
        String second = DispatchTests.newId();
        String batch =
                "[%s, %s]".formatted(Requests.imported(first, "FRA", "fr"), Requests.imported(second, "ARG", "es"));

        List<String> created = postBatch(batch);
        List<String> replayed = postBatch(batch);

        assertThat(created).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"status\":201"));
        assertThat(replayed).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"status\":200"));
        // the same answer, messageId and historic dispatchedAt included
        assertThat(replayed.get(0).replace("\"status\":200", "\"status\":201")).isEqualTo(created.get(0));
        assertThat(replayed.get(1).replace("\"status\":200", "\"status\":201")).isEqualTo(created.get(1));
        assertThat(created.get(0)).contains("\"dispatchedAt\":\"2017-03-14T09:30:00Z\"");
        awaitSent(first);
        awaitSent(second);
        assertThat(reader.about(Topics.requests("FRA"), first)).hasSize(1);
        assertThat(reader.about(Topics.requests("ARG"), second)).hasSize(1);
    }

    @Test
    void importedRequestIsRefusedInABundle() throws Exception {
        String body = "{\"requests\": [%s]}".formatted(Requests.imported(DispatchTests.newId(), "FRA", "fr"));
        mvc.perform(post("/bundles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requests[0].imported"));
    }

    @Test
    void openApiDocumentDescribesTheImportedObject() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.RequestForm.properties.imported")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Imported.required")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("dispatchedAt", "source")))
                .andExpect(jsonPath("$.components.schemas.ImportedEvent.properties.status")
                        .exists());
    }

    private List<String> postBatch(String body) throws Exception {
        MvcResult started = mvc.perform(post("/requests/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .lines()
                .toList();
    }

    private void awaitSent(String id) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/requests/{id}", id))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.sentAt").isNotEmpty()));
    }
}
