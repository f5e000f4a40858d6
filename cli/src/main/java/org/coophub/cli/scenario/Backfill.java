package org.coophub.cli.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.coophub.cli.hub.HubException;

/**
 * Loads a {@link Scenario} into a running hub: the warrants ({@code POST /warrants}, then their
 * later steps), then the requests through the dispatch service's batch path ({@code POST
 * /requests/batch}, in chunks, each request marked {@code imported} with its past), then waits until
 * the dashboard's {@code /api/summary} shows them. A history already loaded (the scenario's last
 * request is known to the dispatch service) is left alone. Progress goes to the given stream, one
 * line at a time; a failure is a {@link HubException} with one clear line.
 */
public final class Backfill {

    /** Requests per {@code POST /requests/batch}. */
    static final int CHUNK = 250;

    /** Warrants posted at once. */
    private static final int WARRANT_THREADS = 6;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a load did.
     *
     * @param alreadyLoaded the history was there: nothing was posted
     * @param requests requests the dispatch service accepted (created or already known alike)
     * @param warrants warrants registered (or already registered alike)
     * @param requestsFolded the dashboard's {@code requests} when it caught up (-1 when not waited for)
     * @param outstandingWarrants the dashboard's {@code outstandingWarrants} then (-1 when not waited for)
     * @param importTime posting the warrants and the requests
     * @param foldTime waiting for the dashboard
     */
    public record Result(
            boolean alreadyLoaded,
            int requests,
            int warrants,
            long requestsFolded,
            long outstandingWarrants,
            Duration importTime,
            Duration foldTime) {}

    private final URI producer;
    private final URI dashboard;
    private final String dashboardLogin;
    private final PrintStream out;
    private final Duration foldTimeout;
    private final Duration poll;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param producer the dispatch service's base URL
     * @param dashboard the dashboard's base URL, or null not to wait for it
     */
    public Backfill(URI producer, URI dashboard, PrintStream out) {
        this(producer, dashboard, out, Duration.ofSeconds(120), Duration.ofMillis(500));
    }

    Backfill(URI producer, URI dashboard, PrintStream out, Duration foldTimeout, Duration poll) {
        this(producer, dashboard, null, out, foldTimeout, poll);
    }

    private Backfill(
            URI producer, URI dashboard, String dashboardLogin, PrintStream out, Duration foldTimeout, Duration poll) {
        this.dashboardLogin = dashboardLogin;
        this.producer = producer;
        this.dashboard = dashboard;
        this.out = out;
        this.foldTimeout = foldTimeout;
        this.poll = poll;
    }

    /** The same load, reading the dashboard with HTTP Basic (its {@code coophub.web.*} login). */
    public Backfill withDashboardLogin(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Backfill(producer, dashboard, "Basic " + token, out, foldTimeout, poll);
    }

    public Result load(Scenario scenario) {
        String last = scenario.lastRequestId();
        HttpResponse<String> known = send(producer, get(producer, "/requests/" + last), "the dispatch service");
        if (known.statusCode() == 200) {
            out.println("history: already loaded (" + last + " is known to the dispatch service); nothing imported");
            return new Result(true, 0, 0, -1, -1, Duration.ZERO, Duration.ZERO);
        }
        if (known.statusCode() != 404) {
            throw new HubException("history: GET /requests/" + last + " answered " + known.statusCode() + ": "
                    + problem(known.body()));
        }
        long[] baseline = dashboard == null ? new long[2] : baseline();
        long started = System.nanoTime();
        int warrants = postWarrants(scenario.warrants());
        int total = scenario.requests().size();
        out.printf(
                Locale.ROOT,
                "history: %d warrants registered (%d at large on %s) (%s)%n",
                warrants,
                scenario.atLarge(),
                Scenario.REFERENCE_DATE,
                seconds(started));
        int imported = 0;
        for (int from = 0; from < total; from += CHUNK) {
            List<ScenarioRequest> chunk = scenario.requests().subList(from, Math.min(total, from + CHUNK));
            imported += postBatch(chunk);
            out.printf(Locale.ROOT, "history: %,d/%,d requests imported (%s)%n", imported, total, seconds(started));
        }
        Duration importTime = Duration.ofNanos(System.nanoTime() - started);
        if (dashboard == null) {
            out.println("dashboard: not running; not waited for");
            return new Result(false, imported, warrants, -1, -1, importTime, Duration.ZERO);
        }
        long waiting = System.nanoTime();
        long[] shown = await(baseline[0] + total, baseline[1] + scenario.atLarge(), total, baseline);
        return new Result(
                false,
                imported,
                warrants,
                shown[0] - baseline[0],
                shown[1],
                importTime,
                Duration.ofNanos(System.nanoTime() - waiting));
    }

    // ---- producer ----

    /**
     * A few warrants at a time (each one's steps in order): every post is a transaction of its own at
     * the dispatch service, so the wait, not the work, is what adds up.
     */
    private int postWarrants(List<ScenarioWarrant> warrants) {
        ExecutorService pool = Executors.newFixedThreadPool(WARRANT_THREADS);
        try {
            var posted = new ArrayList<Future<?>>();
            for (ScenarioWarrant warrant : warrants) {
                posted.add(pool.submit(() -> postWarrant(warrant)));
            }
            for (Future<?> future : posted) {
                future.get();
            }
            return warrants.size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new HubException("history: posting the warrants failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("history: interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private void postWarrant(ScenarioWarrant warrant) {
        HttpResponse<String> issued = send(
                producer, post(producer, "/warrants", Scenario.toJson(warrant.issuedJson())), "the dispatch service");
        if (issued.statusCode() == 200) {
            return; // registered alike by an earlier, interrupted load: its steps went out then
        }
        if (issued.statusCode() != 201) {
            throw new HubException("history: warrant " + warrant.warrantId() + " refused (" + issued.statusCode()
                    + "): " + problem(issued.body()));
        }
        for (ScenarioWarrant.Step step : warrant.events()) {
            HttpResponse<String> recorded = send(
                    producer,
                    post(producer, "/warrants/" + warrant.warrantId() + "/events", Scenario.toJson(step.json())),
                    "the dispatch service");
            if (recorded.statusCode() != 201) {
                throw new HubException("history: warrant " + warrant.warrantId() + " " + step.kind() + " refused ("
                        + recorded.statusCode() + "): " + problem(recorded.body()));
            }
        }
    }

    /** Posts one chunk and reads its NDJSON answer; any line other than 200/201 fails the load. */
    private int postBatch(List<ScenarioRequest> chunk) {
        String body = Scenario.toJson(chunk.stream().map(ScenarioRequest::form).toList());
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(
                    post(producer, "/requests/batch", body)
                            .timeout(Duration.ofMinutes(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw unreachable(producer, "the dispatch service", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("history: interrupted");
        }
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new HubException("history: POST /requests/batch answered " + response.statusCode() + ": "
                        + problem(String.join("\n", lines.toList())));
            }
            int accepted = 0;
            var problems = new ArrayList<String>();
            Iterator<String> iterator = lines.iterator();
            while (iterator.hasNext()) {
                String line = iterator.next();
                if (line.isBlank()) {
                    continue;
                }
                JsonNode answer = JSON.readTree(line);
                int index = answer.path("index").asInt(-1);
                int status = answer.path("status").asInt();
                if (status == 200 || status == 201) {
                    accepted++;
                } else {
                    String id = index >= 0 && index < chunk.size()
                            ? chunk.get(index).requestId()
                            : "#" + index;
                    problems.add("request " + id + " rejected (" + status + "): " + lineProblem(answer));
                }
            }
            if (!problems.isEmpty()) {
                throw new HubException("history: " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more in this chunk)" : ""));
            }
            if (accepted != chunk.size()) {
                throw new HubException("history: the dispatch service answered " + accepted + " of " + chunk.size()
                        + " requests of a batch");
            }
            return accepted;
        } catch (IOException e) {
            throw new HubException("history: unreadable answer from POST /requests/batch: " + e.getMessage());
        }
    }

    private static String lineProblem(JsonNode answer) {
        if (answer.path("errors").isArray()) {
            var problems = new ArrayList<String>();
            answer.path("errors")
                    .forEach(error -> problems.add(error.path("field").asText() + " "
                            + error.path("message").asText()));
            return String.join("; ", problems);
        }
        return answer.path("detail").asText("no detail");
    }

    // ---- dashboard ----

    /** The dashboard's requests and outstanding warrants before the load (0 while it has no figures yet). */
    private long[] baseline() {
        HttpResponse<String> response = send(dashboard, summary(), "the dashboard");
        if (response.statusCode() != 200) {
            return new long[2];
        }
        JsonNode summary = read(response.body());
        return new long[] {
            summary.path("requests").asLong(),
            summary.path("outstandingWarrants").asLong()
        };
    }

    /**
     * Asks the dashboard every {@code poll} until it shows the history, printing progress every 2 s;
     * the caller waits on the answer at most {@code foldTimeout}.
     */
    private long[] await(long requests, long warrants, int total, long[] baseline) {
        long started = System.nanoTime();
        var lastPrinted = new AtomicLong(started);
        var shown = new AtomicReference<long[]>(new long[] {-1, -1});
        var caughtUp = new CompletableFuture<long[]>();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backfill-dashboard-poll");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(
                () -> {
                    try {
                        HttpResponse<String> response = send(dashboard, summary(), "the dashboard");
                        if (response.statusCode() != 200) {
                            return; // not ready to answer yet: asked again at the next round
                        }
                        JsonNode summary = read(response.body());
                        long[] now = {
                            summary.path("requests").asLong(),
                            summary.path("outstandingWarrants").asLong()
                        };
                        shown.set(now);
                        boolean done = now[0] >= requests && now[1] >= warrants;
                        if (done
                                || System.nanoTime() - lastPrinted.get()
                                        >= Duration.ofSeconds(2).toNanos()) {
                            out.printf(
                                    Locale.ROOT,
                                    "dashboard: %,d/%,d requests folded, %d warrants outstanding (%s)%n",
                                    Math.max(0, now[0] - baseline[0]),
                                    total,
                                    now[1],
                                    seconds(started));
                            lastPrinted.set(System.nanoTime());
                        }
                        if (done) {
                            caughtUp.complete(now);
                        }
                    } catch (RuntimeException e) {
                        caughtUp.completeExceptionally(e);
                    }
                },
                0,
                poll.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return caughtUp.get(foldTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            long[] last = shown.get();
            throw new HubException(String.format(
                    Locale.ROOT,
                    "dashboard: only %,d/%,d requests folded and %d warrants outstanding after %d s",
                    Math.max(0, last[0] - baseline[0]),
                    total,
                    Math.max(0, last[1]),
                    foldTimeout.toSeconds()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new HubException("dashboard: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("dashboard: interrupted while waiting for the history");
        } finally {
            poller.shutdownNow();
        }
    }

    // ---- HTTP ----

    /** The dashboard's summary, with its login when it asks for one. */
    private HttpRequest summary() {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(dashboard, "/api/summary"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (dashboardLogin != null) {
            request.header("Authorization", dashboardLogin);
        }
        return request.GET().build();
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(resolve(base, path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private static HttpRequest.Builder post(URI base, String path, String json) {
        return HttpRequest.newBuilder(resolve(base, path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(URI base, HttpRequest.Builder request, String what) {
        return send(base, request.build(), what);
    }

    private HttpResponse<String> send(URI base, HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreachable(base, what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("history: interrupted");
        }
    }

    private static HubException unreachable(URI base, String what, IOException e) {
        if (e instanceof HttpTimeoutException) {
            return new HubException(what + " at " + base + " did not answer in time");
        }
        String cause = e instanceof ConnectException ? "connection refused" : String.valueOf(e.getMessage());
        return new HubException(what + " at " + base + " is unreachable (" + cause + "); is the hub up?");
    }

    private static URI resolve(URI base, String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new HubException("dashboard: /api/summary is not JSON: " + e.getMessage());
        }
    }

    /** The {@code detail} of a problem+json answer, else the body's first line. */
    private static String problem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.path("detail").isTextual()) {
                String detail = problem.path("detail").asText();
                if (problem.path("errors").isArray()) {
                    var fields = new ArrayList<String>();
                    problem.path("errors")
                            .forEach(error -> fields.add(error.path("field").asText() + " "
                                    + error.path("message").asText()));
                    detail += " (" + String.join("; ", fields) + ")";
                }
                return detail;
            }
        } catch (IOException e) {
            // not JSON: show it as is
        }
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "no detail" : line;
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
