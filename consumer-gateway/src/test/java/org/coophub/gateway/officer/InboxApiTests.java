package org.coophub.gateway.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = InboxApi.class, properties = "coophub.gateway.party=FRA")
class InboxApiTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OfficerActions actions;

    @Test
    void rejectsAStatusUpdateListingEveryError() {
        MvcTestResult result = mvc.post()
                .uri("/api/inbox/ICC-REQ-2017-000123/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"POSTPONED\"}")
                .exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("postponementComplete");
        then(actions).should(never()).changeStatus(anyString(), any());
    }

    @Test
    void rejectsARefusalWithoutReasonsAndAStatusOfficersCannotReport() {
        MvcTestResult refusal = mvc.post()
                .uri("/api/inbox/ICC-REQ-2017-000123/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"REFUSED\"}")
                .exchange();
        MvcTestResult received = mvc.post()
                .uri("/api/inbox/ICC-REQ-2017-000123/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"RECEIVED\"}")
                .exchange();

        assertThat(refusal)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("reasonGivenWhereRequired");
        assertThat(received)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("statusReportable");
    }

    @Test
    void rejectsANotificationListingEveryMissingField() {
        MvcTestResult result = mvc.post()
                .uri("/api/notifications")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("kind", "subject", "text");
    }

    @Test
    void acceptsAValidStatusUpdateAndAnswersWithItsMessageId() {
        given(actions.changeStatus(anyString(), any())).willReturn("m-1");

        MvcTestResult result = mvc.post()
                .uri("/api/inbox/ICC-REQ-2017-000123/status")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"IN_PROGRESS\",\"reasons\":\"Assigned\"}")
                .exchange();

        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.messageId").isEqualTo("m-1");
    }

    @Test
    void answers404ForARequestNotInTheInbox() {
        given(actions.find("ICC-REQ-2017-999999")).willThrow(new UnknownRequestException("ICC-REQ-2017-999999"));

        assertThat(mvc.get().uri("/api/inbox/ICC-REQ-2017-999999").exchange())
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
