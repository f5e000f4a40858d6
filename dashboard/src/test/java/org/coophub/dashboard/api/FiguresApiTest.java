package org.coophub.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.coophub.dashboard.summary.Backlog;
import org.coophub.dashboard.summary.BacklogRow;
import org.coophub.dashboard.summary.Breakdown;
import org.coophub.dashboard.summary.BreakdownRow;
import org.coophub.dashboard.summary.Distribution;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Filter;
import org.coophub.dashboard.summary.FilterOptions;
import org.coophub.dashboard.summary.OverdueRequest;
import org.coophub.dashboard.summary.Period;
import org.coophub.dashboard.summary.Responsiveness;
import org.coophub.dashboard.summary.Summary;
import org.coophub.dashboard.summary.Turnaround;
import org.coophub.dashboard.summary.TurnaroundBy;
import org.coophub.dashboard.summary.TurnaroundRow;
import org.coophub.dashboard.summary.UnknownFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({FiguresController.class, DashboardController.class})
class FiguresApiTest {

    private static final Instant AS_OF = Instant.parse("2018-03-01T12:00:00Z");
    private static final String ASSETS = "ASSISTANCE_ASSETS_TRACING_AND_FREEZING";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Figures figures;

    @Test
    void breaksDownByPeriodAsJsonAndCsv() throws Exception {
        given(figures.breakdown(Period.QUARTER, Filter.NONE))
                .willReturn(new Breakdown(
                        AS_OF,
                        "quarter",
                        List.of(new BreakdownRow("FRA", ASSETS, "2017-Q4", 4, 3, 1, 0, 1, 0, 0, 1, 1, 1, 1))));

        mvc.perform(get("/api/breakdown").param("period", "quarter"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2018-03-01T12:00:00Z"))
                .andExpect(jsonPath("$.period").value("quarter"))
                .andExpect(jsonPath("$.rows[0].period").value("2017-Q4"))
                .andExpect(jsonPath("$.rows[0].dispatched").value(4))
                .andExpect(jsonPath("$.rows[0].overdue").value(1));
        String csv = mvc.perform(get("/api/breakdown?period=quarter&format=csv"))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .isEqualTo("party,requestType,period,dispatched,acknowledged,inProgress,inConsultation,executed,"
                        + "partlyExecuted,postponed,refused,withdrawn,open,overdue\r\n"
                        + "FRA," + ASSETS + ",2017-Q4,4,3,1,0,1,0,0,1,1,1,1\r\n");
    }

    @Test
    void passesTheFiltersToTheFigures() throws Exception {
        Filter filter = new Filter("FRA", "WEOG", ASSETS, YearMonth.of(2017, 1), YearMonth.of(2017, 12));
        given(figures.breakdown(Period.MONTH, filter)).willReturn(new Breakdown(AS_OF, "month", List.of()));
        given(figures.summary(filter))
                .willReturn(new Summary(1, 2, 1, 0, 3.5, 0, 2, 0, 0, 3, Map.of(), Map.of(), AS_OF));
        given(figures.overdue(filter))
                .willReturn(List.of(
                        new OverdueRequest("R5", "FRA", ASSETS, "POSTPONED", LocalDate.parse("2018-02-28"), 1)));
        String query = "party=FRA&group=WEOG&type=" + ASSETS + "&from=2017-01&to=2017-12";

        mvc.perform(get("/api/breakdown?" + query))
                .andExpect(jsonPath("$.period").value("month"));
        mvc.perform(get("/api/summary?" + query))
                .andExpect(jsonPath("$.requests").value(3))
                .andExpect(jsonPath("$.medianHoursToAcknowledge").value(3.5))
                .andExpect(jsonPath("$.asOf").value("2018-03-01T12:00:00Z"));
        mvc.perform(get("/api/overdue?" + query))
                .andExpect(jsonPath("$[0].requestId").value("R5"));
    }

    @Test
    void answersAnUnknownFilterValueWithBadRequest() throws Exception {
        mvc.perform(get("/api/breakdown").param("group", "MARS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("group=MARS")));
        mvc.perform(get("/api/summary").param("type", "PIZZA")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/overdue").param("from", "2017-13")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/backlog").param("period", "week")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/turnaround").param("by", "colour")).andExpect(status().isBadRequest());
        given(figures.turnaround(eq(TurnaroundBy.TYPE), any())).willThrow(new UnknownFilter("party=XXX"));
        mvc.perform(get("/api/turnaround").param("party", "XXX")).andExpect(status().isBadRequest());
    }

    @Test
    void givesTheTurnaroundAsJsonAndCsv() throws Exception {
        Distribution acknowledge = new Distribution(2, 9.0, 11.4, 12.0, 1, "hours");
        Distribution none = new Distribution(0, 0, 0, 0, 0, "days");
        given(figures.turnaround(TurnaroundBy.PARTY, Filter.NONE))
                .willReturn(new Turnaround(AS_OF, "party", List.of(new TurnaroundRow("FRA", acknowledge, none, none))));

        mvc.perform(get("/api/turnaround").param("by", "party"))
                .andExpect(jsonPath("$.by").value("party"))
                .andExpect(jsonPath("$.rows[0].key").value("FRA"))
                .andExpect(jsonPath("$.rows[0].acknowledge.p90").value(11.4))
                .andExpect(jsonPath("$.rows[0].acknowledge.unit").value("hours"))
                .andExpect(jsonPath("$.rows[0].closure.p50").value(0.0));
        String csv = mvc.perform(get("/api/turnaround").param("by", "party").header("Accept", "text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().toList())
                .containsExactly(
                        "key,acknowledgeCount,acknowledgeP50,acknowledgeP90,acknowledgeMax,acknowledgeImplausible,"
                                + "acknowledgeUnit,firstResponseCount,firstResponseP50,firstResponseP90,firstResponseMax,"
                                + "firstResponseImplausible,firstResponseUnit,closureCount,closureP50,closureP90,closureMax,"
                                + "closureImplausible,closureUnit",
                        "FRA,2,9.0,11.4,12.0,1,hours,0,0.0,0.0,0.0,0,days,0,0.0,0.0,0.0,0,days");
    }

    @Test
    void givesTheBacklogAsJsonAndCsv() throws Exception {
        given(figures.backlog(Period.YEAR, Filter.NONE))
                .willReturn(new Backlog(
                        AS_OF, "year", List.of(new BacklogRow("2017", 4, 3, 1), new BacklogRow("2018", 3, 1, 3))));

        mvc.perform(get("/api/backlog").param("period", "year"))
                .andExpect(jsonPath("$.asOf").value("2018-03-01T12:00:00Z"))
                .andExpect(jsonPath("$.rows[1].openAtEnd").value(3));
        assertThat(mvc.perform(get("/api/backlog?period=year&format=csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("period,dispatched,closed,openAtEnd\r\n2017,4,3,1\r\n2018,3,1,3\r\n");
    }

    @Test
    void givesTheResponsivenessAsJsonAndBothTablesAsCsv() throws Exception {
        given(figures.responsiveness())
                .willReturn(new Responsiveness(
                        AS_OF,
                        List.of(new Responsiveness.PartyRow(
                                "FRA", "France", "WEOG", 5, 4, AS_OF.minusSeconds(86_400), true, 4L, 3, 2)),
                        List.of(new Responsiveness.NotYetReceived(
                                "R4", "FRA", AS_OF.minusSeconds(3600), LocalDate.parse("2018-02-27"), -2L, true))));

        mvc.perform(get("/api/responsiveness"))
                .andExpect(jsonPath("$.parties[0].party").value("FRA"))
                .andExpect(jsonPath("$.parties[0].gatewayGroupFound").value(true))
                .andExpect(jsonPath("$.parties[0].alerts").value(2))
                .andExpect(jsonPath("$.notYetReceived[0].requestId").value("R4"))
                .andExpect(jsonPath("$.notYetReceived[0].daysToDue").value(-2))
                .andExpect(jsonPath("$.notYetReceived[0].alert").value(true));
        assertThat(mvc.perform(get("/api/responsiveness?format=csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .startsWith("party,name,regionalGroup,openRequests,unacknowledged,oldestUnacknowledgedSince,"
                        + "gatewayGroupFound,gatewayOffsetLag,notYetReceived,alerts\r\n"
                        + "FRA,France,WEOG,5,4,2018-02-28T12:00:00Z,true,4,3,2\r\n");
        assertThat(mvc.perform(get("/api/responsiveness?format=csv&table=notYetReceived"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("requestId,party,dispatchedAt,dueBy,daysToDue,alert\r\n"
                        + "R4,FRA,2018-03-01T11:00:00Z,2018-02-27,-2,true\r\n");
    }

    @Test
    void offersTheFilterMenus() throws Exception {
        given(figures.filters())
                .willReturn(new FilterOptions(
                        List.of(new FilterOptions.Party("FRA", "France", "WEOG")),
                        Filter.GROUPS,
                        Filter.TYPES,
                        List.of("2017-10")));

        mvc.perform(get("/api/filters"))
                .andExpect(jsonPath("$.parties[0].code").value("FRA"))
                .andExpect(jsonPath("$.parties[0].regionalGroup").value("WEOG"))
                .andExpect(jsonPath("$.groups[0]").value("AFRICAN"))
                .andExpect(jsonPath("$.types[?(@ == 'UNDER_SEAL')]").exists())
                .andExpect(jsonPath("$.months[0]").value("2017-10"));
    }

    @Test
    void answersServiceUnavailableBeforeTheFirstSnapshot() throws Exception {
        given(figures.backlog(any(), any()))
                .willThrow(new InvalidStateStoreException("no snapshot of the figures yet"));

        mvc.perform(get("/api/backlog")).andExpect(status().isServiceUnavailable());
    }
}
