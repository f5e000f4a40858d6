package org.coophub.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Filter;
import org.coophub.dashboard.summary.OutstandingWarrant;
import org.coophub.dashboard.summary.OverdueRequest;
import org.coophub.dashboard.summary.PartyView;
import org.coophub.dashboard.summary.RequestView;
import org.coophub.dashboard.summary.Summary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API scripts rely on (docs/dashboard-contracts.md); each table also as CSV. */
@RestController
@RequestMapping("/api")
class DashboardController {

    private final Figures figures;
    private final JsonOnce overdueJson;

    DashboardController(Figures figures, JsonMapper json) {
        this.figures = figures;
        this.overdueJson = new JsonOnce(json);
    }

    @Operation(summary = "The summary tiles: always numbers, medians 0 with no sample; filters optional")
    @GetMapping("/summary")
    Summary summary(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Filter filter = Filter.parse(party, group, type, from, to);
        return filter.equals(Filter.NONE) ? figures.summary() : figures.summary(filter);
    }

    @Operation(summary = "Open requests past their due date, the longest overdue first (JSON or CSV); filters optional")
    @GetMapping("/overdue")
    ResponseEntity<?> overdue(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Filter filter = Filter.parse(party, group, type, from, to);
        List<OverdueRequest> rows = filter.equals(Filter.NONE) ? figures.overdue() : figures.overdue(filter);
        if (Csv.wanted(format, accept)) {
            return Csv.of(
                    List.of("requestId", "party", "requestType", "status", "dueBy", "daysOverdue"),
                    rows,
                    row -> List.of(
                            row.requestId(),
                            nullable(row.party()),
                            nullable(row.requestType()),
                            row.status(),
                            row.dueBy(),
                            row.daysOverdue()));
        }
        return filter.equals(Filter.NONE) ? overdueJson.of(rows) : ResponseEntity.ok(rows);
    }

    @Operation(summary = "Arrest warrants whose person is still at large (status=outstanding; JSON or CSV)")
    @GetMapping("/warrants")
    ResponseEntity<?> warrants(
            @RequestParam(defaultValue = "outstanding") String status,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!"outstanding".equalsIgnoreCase(status)) {
            throw new UnsupportedFilter("status=" + status + ": only status=outstanding is kept");
        }
        List<OutstandingWarrant> rows = figures.outstandingWarrants();
        if (Csv.wanted(format, accept)) {
            return Csv.of(
                    List.of(
                            "warrantId",
                            "personReference",
                            "personName",
                            "underSeal",
                            "issuedAt",
                            "daysSinceIssue",
                            "partiesAsked",
                            "lastEvent",
                            "lastEventAt"),
                    rows,
                    row -> List.of(
                            row.warrantId(),
                            nullable(row.personReference()),
                            nullable(row.personName()),
                            row.underSeal(),
                            row.issuedAt(),
                            row.daysSinceIssue(),
                            row.partiesAsked(),
                            nullable(row.lastEvent()),
                            row.lastEventAt()));
        }
        return ResponseEntity.ok(rows);
    }

    @Operation(summary = "A request's lifecycle, without its content")
    @GetMapping("/requests/{id}")
    RequestView request(@PathVariable String id) {
        return figures.request(id).orElseThrow(() -> new NotFound("No request " + id + " is known to the hub"));
    }

    @Operation(summary = "A party's directory entry and figures, with its turnaround and its breakdown by month")
    @GetMapping("/parties/{code}")
    PartyView party(@PathVariable String code) {
        return figures.party(code).orElseThrow(() -> new NotFound("No party " + code + " in the directory"));
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
