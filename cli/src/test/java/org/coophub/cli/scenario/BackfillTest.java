package org.coophub.cli.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.coophub.cli.hub.HubException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Backfill} against a fake dispatch service and dashboard (the JDK's HTTP server). */
class BackfillTest {

    private static final Scenario SCENARIO = Scenario.generate(Scenario.DEFAULT_SEED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong folded = new AtomicLong();
    private final AtomicLong outstanding = new AtomicLong();
    private final AtomicInteger summaries = new AtomicInteger();
    private volatile boolean loaded;
    private volatile String rejectId;
    private volatile boolean stuck;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/requests/batch", this::batch);
        server.createContext("/requests/", exchange -> {
            calls.add("GET " + exchange.getRequestURI().getPath());
            reply(exchange, loaded ? 200 : 404, loaded ? "{}" : "{\"detail\":\"No request\"}");
        });
        server.createContext("/warrants", exchange -> {
            calls.add("POST " + exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals("/warrants")) {
                outstanding.incrementAndGet();
            }
            reply(exchange, 201, "{}");
        });
        server.createContext("/api/summary", exchange -> {
            // first the dashboard is not ready, then it folds 600 requests a call
            int call = summaries.incrementAndGet();
            if (call <= 2) {
                reply(exchange, 503, "{}");
                return;
            }
            long shown = stuck ? 0 : Math.min(folded.get(), (call - 2) * 600L);
            reply(
                    exchange,
                    200,
                    "{\"requests\": " + shown + ", \"outstandingWarrants\": " + Math.min(13, outstanding.get()) + "}");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void importsTheWarrantsThenTheRequestsInChunksAndWaitsForTheDashboard() {
        Backfill.Result result = backfill().load(SCENARIO);

        assertThat(result.alreadyLoaded()).isFalse();
        assertThat(result.requests()).isEqualTo(1364);
        assertThat(result.warrants()).isEqualTo(22);
        assertThat(result.requestsFolded()).isEqualTo(1364);
        assertThat(result.outstandingWarrants()).isEqualTo(13);
        assertThat(calls.stream().filter(call -> call.equals("POST /requests/batch")))
                .hasSize(6);
        assertThat(calls.indexOf("POST /requests/batch")).isGreaterThan(calls.lastIndexOf("POST /warrants"));
        assertThat(calls).anyMatch(call -> call.matches("POST /warrants/ICC-.*/events"));
        assertThat(printed())
                .contains("history: 22 warrants registered (13 at large on 2017-10-27)")
                .contains("history: 250/1,364 requests imported (")
                .contains("history: 1,364/1,364 requests imported (")
                .contains("dashboard: 1,364/1,364 requests folded, 13 warrants outstanding (");
    }

    @Test
    void leavesAHistoryAlreadyLoadedAlone() {
        loaded = true;

        Backfill.Result result = backfill().load(SCENARIO);

        assertThat(result.alreadyLoaded()).isTrue();
        assertThat(calls).containsExactly("GET /requests/" + SCENARIO.lastRequestId());
        assertThat(printed().lines())
                .containsExactly("history: already loaded (" + SCENARIO.lastRequestId()
                        + " is known to the dispatch service); nothing imported");
    }

    @Test
    void namesTheRequestTheDispatchServiceRejectedAndWhy() {
        rejectId = SCENARIO.requests().get(300).requestId();

        assertThatThrownBy(() -> backfill().load(SCENARIO))
                .isInstanceOf(HubException.class)
                .hasMessage("history: request " + rejectId
                        + " rejected (400): imported.events[0].occurredAt must not be after the reference date");
        assertThat(printed()).contains("history: 250/1,364 requests imported").doesNotContain("500/1,364");
    }

    @Test
    void saysWhenTheDispatchServiceIsUnreachable() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var backfill = new Backfill(URI.create("http://127.0.0.1:" + port), null, out);

        assertThatThrownBy(() -> backfill.load(SCENARIO))
                .isInstanceOf(HubException.class)
                .hasMessage("the dispatch service at http://127.0.0.1:" + port
                        + " is unreachable (connection refused); is the hub up?");
    }

    @Test
    void givesUpWaitingForADashboardThatNeverCatchesUp() {
        var backfill = new Backfill(url(), url(), out, Duration.ofMillis(300), Duration.ofMillis(20));
        stuck = true;

        assertThatThrownBy(() -> backfill.load(SCENARIO))
                .isInstanceOf(HubException.class)
                .hasMessageStartingWith("dashboard: only 0/1,364 requests folded");
    }

    private Backfill backfill() {
        return new Backfill(url(), url(), out, Duration.ofSeconds(10), Duration.ofMillis(10));
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private void batch(HttpExchange exchange) throws IOException {
        calls.add("POST /requests/batch");
        JsonNode forms = JSON.readTree(exchange.getRequestBody());
        var ndjson = new StringBuilder();
        for (int i = 0; i < forms.size(); i++) {
            String id = forms.get(i).path("requestId").asText();
            if (id.equals(rejectId)) {
                ndjson.append("{\"index\":")
                        .append(i)
                        .append(",\"status\":400,\"errors\":[{\"field\":")
                        .append("\"imported.events[0].occurredAt\",\"message\":")
                        .append("\"must not be after the reference date\"}]}\n");
            } else {
                ndjson.append("{\"index\":")
                        .append(i)
                        .append(",\"status\":201,\"result\":{\"requestId\":\"")
                        .append(id)
                        .append("\"}}\n");
                folded.incrementAndGet();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        reply(exchange, 200, ndjson.toString());
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var response = exchange.getResponseBody()) {
            response.write(bytes);
        }
    }
}
