package org.coophub.producer.dispatch;

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
}
