package org.coophub.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.OutstandingWarrant;
import org.coophub.dashboard.summary.OverdueRequest;
import org.coophub.dashboard.summary.RequestView;
import org.coophub.dashboard.summary.Summary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DashboardController.class)
class DashboardApiTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Figures figures;

    private static final Instant AS_OF = Instant.parse("2018-03-01T12:00:00Z");

    private static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), AS_OF);

    @Test
    void answersTheSummaryWithNumbersOnly() throws Exception {
        given(figures.summary())
                .willReturn(new Summary(123, 7, 2, 3, 5.5, 12.25, 40, 9, 1, 50, Map.of("WEOG", 25L), Map.of(), AS_OF));

        mvc.perform(get("/api/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parties").value(123))
                .andExpect(jsonPath("$.openRequests").value(7))
                .andExpect(jsonPath("$.overdueRequests").value(2))
                .andExpect(jsonPath("$.outstandingWarrants").value(3))
                .andExpect(jsonPath("$.medianHoursToAcknowledge").value(5.5))
                .andExpect(jsonPath("$.medianDaysToExecute").value(12.25))
                .andExpect(jsonPath("$.acknowledgedRequests").value(40))
                .andExpect(jsonPath("$.executedRequests").value(9))
                .andExpect(jsonPath("$.statesPartiesByRegionalGroup.WEOG").value(25));
    }

    @Test
    void answersZeroMediansWhenNothingArrivedYet() throws Exception {
        given(figures.summary()).willReturn(EMPTY);

        mvc.perform(get("/api/summary"))
                .andExpect(jsonPath("$.medianHoursToAcknowledge").isNumber())
                .andExpect(jsonPath("$.medianDaysToExecute").value(0.0));
    }

    @Test
    void exportsTheOverdueTableAsCsvByParameterOrAcceptHeader() throws Exception {
        given(figures.overdue())
                .willReturn(List.of(new OverdueRequest(
                        "ICC-REQ-1", "FRA", null, "IN_CONSULTATION, art. 97", LocalDate.parse("2018-02-26"), 3)));

        String byParameter = mvc.perform(get("/api/overdue").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String byHeader = mvc.perform(get("/api/overdue").header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(byParameter)
                .isEqualTo("requestId,party,requestType,status,dueBy,daysOverdue\r\n"
                        + "ICC-REQ-1,FRA,,\"IN_CONSULTATION, art. 97\",2018-02-26,3\r\n");
        assertThat(byHeader).isEqualTo(byParameter);
        mvc.perform(get("/api/overdue"))
                .andExpect(jsonPath("$[0].requestId").value("ICC-REQ-1"))
                .andExpect(jsonPath("$[0].daysOverdue").value(3))
                .andExpect(jsonPath("$[0].dueBy").value("2018-02-26"))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
        // written once per answer: the same answer again is the same bytes
        assertThat(mvc.perform(get("/api/overdue")).andReturn().getResponse().getContentAsString())
                .startsWith("[{\"requestId\":\"ICC-REQ-1\"");
    }

    @Test
    void listsOutstandingWarrantsAsJsonAndCsv() throws Exception {
        given(figures.outstandingWarrants())
                .willReturn(List.of(new OutstandingWarrant(
                        "ICC-01/99-01/17-5",
                        "P-0001",
                        null,
                        null,
                        true,
                        Instant.parse("2017-03-01T12:00:00Z"),
                        365,
                        List.of("DEU", "FRA"),
                        "TRANSMITTED_TO_PARTY",
                        Instant.parse("2017-03-02T12:00:00Z"))));

        mvc.perform(get("/api/warrants").param("status", "outstanding"))
                .andExpect(jsonPath("$[0].warrantId").value("ICC-01/99-01/17-5"))
                .andExpect(jsonPath("$[0].daysSinceIssue").value(365))
                .andExpect(jsonPath("$[0].partiesAsked[1]").value("FRA"));
        String csv = mvc.perform(get("/api/warrants?status=outstanding&format=csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("ICC-01/99-01/17-5,P-0001,,true,2017-03-01T12:00:00Z,365,DEU FRA,");
        mvc.perform(get("/api/warrants").param("status", "arrested")).andExpect(status().isBadRequest());
    }

    @Test
    void answersAnUnknownRequestWithNotFound() throws Exception {
        given(figures.request("NOPE")).willReturn(Optional.empty());

        mvc.perform(get("/api/requests/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void showsARequestUnderSealWithoutItsType() throws Exception {
        given(figures.request("R1"))
                .willReturn(Optional.of(new RequestView(
                        "R1",
                        "FRA",
                        null,
                        true,
                        "ACKNOWLEDGED",
                        1,
                        Instant.parse("2017-10-27T09:30:00Z"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        false,
                        List.of(),
                        false,
                        null)));

        mvc.perform(get("/api/requests/R1"))
                .andExpect(jsonPath("$.underSeal").value(true))
                .andExpect(jsonPath("$.requestType").doesNotExist())
                .andExpect(jsonPath("$.dispatchedAt").value("2017-10-27T09:30:00Z"));
    }

    @Test
    void answersServiceUnavailableUntilTheStoresAreOpen() throws Exception {
        given(figures.summary()).willThrow(new InvalidStateStoreException("REBALANCING"));

        mvc.perform(get("/api/summary")).andExpect(status().isServiceUnavailable());
    }
}
