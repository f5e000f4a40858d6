package org.coophub.producer.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.coophub.producer.Parties;
import org.coophub.producer.Requests;
import org.coophub.producer.directory.Directory;
import org.coophub.producer.outbox.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The web layer and the validation rules, with the store and the outbox as honest mocks. */
@WebMvcTest(RequestController.class)
@Import({Dispatcher.class, RequestValidator.class, Directory.class, RequestValidationTests.FixedClock.class})
class RequestValidationTests {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Dispatcher dispatcher;

    @MockitoBean
    DispatchStore store;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    TransactionTemplate transactions;

    @BeforeEach
    void directory() {
        directory.apply("FRA", Parties.profile("FRA", true, List.of("fr")));
        directory.apply("DEU", Parties.profile("DEU", true, List.of()));
        directory.apply("XKX", Parties.profile("XKX", false, List.of()));
    }

    @Test
    void arrestRequestMissingThreeThingsListsThreeErrorsAsProblemJson() throws Exception {
        given(store.find("ICC-REQ-1")).willReturn(Optional.empty());

        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.arrestMissingThreeThings("ICC-REQ-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("contents.essentialFacts", "contents.persons", "warrantReference")));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws Exception {
        String body = """
                {"addressee": "XKX", "requestType": "ASSISTANCE_ASSETS_TRACING_AND_FREEZING",
                 "language": "es", "dueBy": "2026-03-01",
                 "contents": {"persons": [], "assets": []}}
                """;

        mvc.perform(post("/requests").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "addressee",
                                "contents.assets",
                                "contents.essentialFacts",
                                "contents.purposeAndLegalBasis",
                                "dueBy",
                                "language",
                                "legalBasis")));
    }

    @Test
    void unknownAddresseeIsRejected() throws Exception {
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(null, "ZZZ", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("addressee"))
                .andExpect(jsonPath("$.errors[0].message").value("no party ZZZ in the directory"));
    }

    @Test
    void partyWithoutLanguageChoiceAcceptsTheCourtsWorkingLanguages() throws Exception {
        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing(null, "DEU", "de")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"))
                .andExpect(jsonPath("$.errors[0].message").value("art. 87(2): DEU accepts requests in en, fr"));
    }

    @Test
    void sameIdWithOtherContentIsAConflict() throws Exception {
        given(store.find("ICC-REQ-2"))
                .willReturn(Optional.of(
                        new StoredRequest("ICC-REQ-2", "FRA", 1, null, "0".repeat(64), "m-1", NOW, NOW, 201, "{}")));

        mvc.perform(post("/requests")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Requests.assetFreezing("ICC-REQ-2", "FRA", "fr")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void sameIdWithSameContentReplaysTheOriginalAnswer() throws Exception {
        String body = Requests.assetFreezing("ICC-REQ-3", "FRA", "fr");
        RequestForm form = new tools.jackson.databind.json.JsonMapper().readValue(body, RequestForm.class);
        given(store.find("ICC-REQ-3"))
                .willReturn(Optional.of(new StoredRequest(
                        "ICC-REQ-3", "FRA", 2, null, dispatcher.sha256(form), "m-3", NOW, NOW, 201, body)));

        mvc.perform(post("/requests").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messageId").value("m-3"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.dispatchedAt").value("2026-03-02T10:00:00Z"));
    }

    @Test
    void importedRequestNeedsItsDispatchTimeAndSource() throws Exception {
        expectProblems(imported(null, "{}"), "imported.dispatchedAt", "imported.source");
    }

    @Test
    void importedRequestAndItsEventsMustNotLieInTheFuture() throws Exception {
        String history = """
                {"dispatchedAt": "2026-03-03T00:00:00Z", "source": "test",
                 "events": [{"kind": "RECEIPT_ACKNOWLEDGEMENT", "occurredAt": "2026-03-04T00:00:00Z"}]}
                """;
        expectProblems(imported(null, history), "imported.dispatchedAt", "imported.events[0].occurredAt");
    }

    @Test
    void importedEventsFollowTheDispatchOldestFirst() throws Exception {
        String history = """
                {"dispatchedAt": "2017-03-14T09:30:00Z", "source": "test",
                 "events": [{"kind": "RECEIPT_ACKNOWLEDGEMENT", "occurredAt": "2017-03-13T00:00:00Z"},
                            {"kind": "STATUS_UPDATE", "status": "IN_PROGRESS", "occurredAt": "2017-04-02T00:00:00Z"},
                            {"kind": "STATUS_UPDATE", "status": "EXECUTED", "occurredAt": "2017-04-01T00:00:00Z"}]}
                """;
        expectProblems(imported(null, history), "imported.events[0].occurredAt", "imported.events[2].occurredAt");
    }

    @Test
    void onlyAStatusUpdateCarriesAStatusAndItIsAKnownOne() throws Exception {
        String history = """
                {"dispatchedAt": "2017-03-14T09:30:00Z", "source": "test",
                 "events": [{"kind": "RECEIPT_ACKNOWLEDGEMENT", "status": "RECEIVED", "occurredAt": "2017-03-15T00:00:00Z"},
                            {"kind": "STATUS_UPDATE", "occurredAt": "2017-03-16T00:00:00Z"},
                            {"kind": "STATUS_UPDATE", "status": "UNKNOWN", "occurredAt": "2017-03-17T00:00:00Z"},
                            {"kind": "STATUS_UPDATE", "status": "DONE", "occurredAt": "2017-03-18T00:00:00Z"},
                            {"kind": "UNKNOWN", "occurredAt": "2017-03-19T00:00:00Z"},
                            {"legalBasis": "art. 97"}]}
                """;
        expectProblems(
                imported(null, history),
                "imported.events[0].status",
                "imported.events[1].status",
                "imported.events[2].status",
                "imported.events[3].status",
                "imported.events[4].kind",
                "imported.events[5].kind",
                "imported.events[5].occurredAt");
    }

    @Test
    void aWithdrawalIsTheLastEvent() throws Exception {
        String history = """
                {"dispatchedAt": "2017-03-14T09:30:00Z", "source": "test",
                 "events": [{"kind": "WITHDRAWAL", "occurredAt": "2017-03-15T00:00:00Z"},
                            {"kind": "STATUS_UPDATE", "status": "EXECUTED", "occurredAt": "2017-03-16T00:00:00Z"}]}
                """;
        expectProblems(imported(null, history), "imported.events[0].kind");
    }

    @Test
    void importedRequestMayBeDueInThePastButNotBeforeItsDispatch() throws Exception {
        String history = """
                {"dispatchedAt": "2017-03-14T09:30:00Z", "source": "test", "coordinationId": "ICC-COORD-2017-004",
                 "events": [{"kind": "WITHDRAWAL", "occurredAt": "2017-06-01T12:00:00Z"}]}
                """;
        // an otherwise valid request to a party that refuses its language: the one problem left
        expectProblems(imported("2017-05-01", history).replace("\"fr\"", "\"es\""), "language");
        expectProblems(imported("2017-03-13", history), "dueBy");
        expectProblems(imported("2017-03-14", history).replace("\"fr\"", "\"es\""), "language");
    }

    @Test
    void liveRequestMustStillBeDueInTheFuture() throws Exception {
        String live = imported("2017-05-01", "null").replace("\"imported\": null", "\"priority\": \"URGENT\"");
        expectProblems(live, "dueBy");
    }

    @Test
    void liveRequestIsHashedAsBeforeImportsExisted() {
        RequestForm live = new tools.jackson.databind.json.JsonMapper()
                .readValue(Requests.assetFreezing("ICC-REQ-4", "FRA", "fr"), RequestForm.class);

        // no "imported": null in the canonical JSON, so a retry of a request stored earlier still replays
        assertThat(new tools.jackson.databind.json.JsonMapper().writeValueAsString(live))
                .doesNotContain("imported");
    }

    /** An asset-freezing request to FRA in French, with {@code imported} as given. */
    private static String imported(String dueBy, String imported) {
        return """
                {"addressee": "FRA", "requestType": "ASSISTANCE_ASSETS_TRACING_AND_FREEZING",
                 "legalBasis": "Rome Statute art. 93(1)(k)", "language": "fr", %s
                 "contents": {"purposeAndLegalBasis": "Freeze assets", "essentialFacts": "Proceeds of crimes",
                              "assets": [{"kind": "BANK_ACCOUNT", "description": "Current account"}]},
                 "imported": %s}
                """.formatted(dueBy == null ? "" : "\"dueBy\": \"" + dueBy + "\",", imported);
    }

    private void expectProblems(String body, String... fields) throws Exception {
        mvc.perform(post("/requests").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(fields)));
    }
}
