package org.coophub.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coophub.dashboard.summary.Breakdown;
import org.coophub.dashboard.summary.Distribution;
import org.coophub.dashboard.summary.Figures;
import org.coophub.dashboard.summary.Filter;
import org.coophub.dashboard.summary.FilterOptions;
import org.coophub.dashboard.summary.Period;
import org.coophub.dashboard.summary.Responsiveness;
import org.coophub.dashboard.summary.Turnaround;
import org.coophub.dashboard.summary.TurnaroundBy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The breakdowns, distributions, backlog and responsiveness (docs/dashboard-contracts.md, second
 * part), each filtered by party, group, type and months of dispatch; each table also as CSV.
 */
@RestController
@RequestMapping("/api")
class FiguresController {

    private final Figures figures;

    FiguresController(Figures figures) {
        this.figures = figures;
    }

    @Operation(summary = "Requests by party, type and period (month, quarter, year), by state (JSON or CSV)")
    @GetMapping("/breakdown")
    ResponseEntity<?> breakdown(
            @RequestParam(required = false) String period,
            FilterParameters filter,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Breakdown breakdown = figures.breakdown(Period.parse(period), filter.parse());
        if (Csv.wanted(format, accept)) {
            return Csv.of(
                    List.of(
                            "party",
                            "requestType",
                            "period",
                            "dispatched",
                            "acknowledged",
                            "inProgress",
                            "inConsultation",
                            "executed",
                            "partlyExecuted",
                            "postponed",
                            "refused",
                            "withdrawn",
                            "open",
                            "overdue"),
                    breakdown.rows(),
                    row -> List.of(
                            row.party(),
                            row.requestType(),
                            row.period(),
                            row.dispatched(),
                            row.acknowledged(),
                            row.inProgress(),
                            row.inConsultation(),
                            row.executed(),
                            row.partlyExecuted(),
                            row.postponed(),
                            row.refused(),
                            row.withdrawn(),
                            row.open(),
                            row.overdue()));
        }
        return ResponseEntity.ok(breakdown);
    }

    @Operation(summary = "Time to acknowledge (hours), to first respond and to close (days) by party, group or type")
    @GetMapping("/turnaround")
    ResponseEntity<?> turnaround(
            @RequestParam(required = false) String by,
            FilterParameters filter,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Turnaround turnaround = figures.turnaround(TurnaroundBy.parse(by), filter.parse());
        if (Csv.wanted(format, accept)) {
            List<String> header = new ArrayList<>(List.of("key"));
            for (String d : List.of("acknowledge", "firstResponse", "closure")) {
                for (String field : List.of("Count", "P50", "P90", "Max", "Implausible", "Unit")) {
                    header.add(d + field);
                }
            }
            return Csv.of(header, turnaround.rows(), row -> {
                List<Object> fields = new ArrayList<>(List.of(row.key()));
                for (Distribution d : List.of(row.acknowledge(), row.firstResponse(), row.closure())) {
                    fields.addAll(List.of(d.count(), d.p50(), d.p90(), d.max(), d.implausible(), d.unit()));
                }
                return fields;
            });
        }
        return ResponseEntity.ok(turnaround);
    }

    @Operation(summary = "Requests dispatched and closed per period, and those open at its end (JSON or CSV)")
    @GetMapping("/backlog")
    ResponseEntity<?> backlog(
            @RequestParam(required = false) String period,
            FilterParameters filter,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var backlog = figures.backlog(Period.parse(period), filter.parse());
        if (Csv.wanted(format, accept)) {
            return Csv.of(
                    List.of("period", "dispatched", "closed", "openAtEnd"),
                    backlog.rows(),
                    row -> List.of(row.period(), row.dispatched(), row.closed(), row.openAtEnd()));
        }
        return ResponseEntity.ok(backlog);
    }

    @Operation(
            summary = "Whether each party's gateway takes its requests; CSV: the parties, or"
                    + " table=notYetReceived for the requests not yet received")
    @GetMapping("/responsiveness")
    ResponseEntity<?> responsiveness(
            @RequestParam(required = false) String table,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Responsiveness responsiveness = figures.responsiveness();
        if (!Csv.wanted(format, accept)) {
            return ResponseEntity.ok(responsiveness);
        }
        if ("notYetReceived".equals(table)) {
            return Csv.of(
                    List.of("requestId", "party", "dispatchedAt", "dueBy", "daysToDue", "alert"),
                    responsiveness.notYetReceived(),
                    row -> Arrays.asList(
                            row.requestId(),
                            row.party(),
                            row.dispatchedAt(),
                            row.dueBy(),
                            row.daysToDue(),
                            row.alert()));
        }
        return Csv.of(
                List.of(
                        "party",
                        "name",
                        "regionalGroup",
                        "openRequests",
                        "unacknowledged",
                        "oldestUnacknowledgedSince",
                        "gatewayGroupFound",
                        "gatewayOffsetLag",
                        "notYetReceived",
                        "alerts"),
                responsiveness.parties(),
                row -> Arrays.asList(
                        row.party(),
                        row.name(),
                        row.regionalGroup(),
                        row.openRequests(),
                        row.unacknowledged(),
                        row.oldestUnacknowledgedSince(),
                        row.gatewayGroupFound(),
                        row.gatewayOffsetLag(),
                        row.notYetReceived(),
                        row.alerts()));
    }

    @Operation(summary = "What the filter menus offer: parties, regional groups, request types, months of dispatch")
    @GetMapping("/filters")
    FilterOptions filters() {
        return figures.filters();
    }

    /** The filter query parameters, bound by name ({@code party}, {@code group}, {@code type}, {@code from}, {@code to}). */
    record FilterParameters(String party, String group, String type, String from, String to) {

        Filter parse() {
            return Filter.parse(party, group, type, from, to);
        }
    }
}
