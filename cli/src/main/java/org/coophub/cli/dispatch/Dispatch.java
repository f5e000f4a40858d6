package org.coophub.cli.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.coophub.cli.hub.HubException;

/**
 * Posts a JSON file to the dispatch service: an object is one request ({@code POST /requests}), an
 * array is a batch ({@code POST /requests/batch}, one result line per item), and an object with a
 * {@code requests} array is a coordinated bundle ({@code POST /bundles}). Prints what the service
 * answered; the exit code is 0 only when everything was dispatched.
 */
public final class Dispatch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI producer;
    private final PrintWriter out;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Dispatch(URI producer, PrintWriter out) {
        this.producer = producer;
        this.out = out;
    }

    /** Dispatches the file's content and returns the process exit code. */
    public int file(Path file) {
        JsonNode content = read(file);
        if (content.isArray()) {
            return batch(content);
        }
        if (content.isObject() && content.path("requests").isArray()) {
            return single("/bundles", content, "bundle");
        }
        if (content.isObject()) {
            return single("/requests", content, "request");
        }
        throw new HubException(file + " holds neither a request (a JSON object) nor a batch (a JSON array)");
    }

    private int single(String path, JsonNode body, String what) {
        HttpResponse<String> response = post(path, "application/json", body);
        JsonNode answer = parse(response.body());
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            if (answer.path("requests").isArray()) {
                answer.path("requests").forEach(this::printDispatched);
            } else {
                printDispatched(answer);
            }
            if (status == 200) {
                out.println("(already dispatched with the same content: nothing was sent again)");
            }
            return 0;
        }
        out.println(what + " not dispatched: HTTP " + status + " "
                + answer.path("title").asText(""));
        printProblems(answer);
        return 1;
    }

    private int batch(JsonNode items) {
        HttpResponse<String> response = post("/requests/batch", "application/x-ndjson", items);
        if (response.statusCode() >= 300) {
            out.println("batch not dispatched: HTTP " + response.statusCode());
            printProblems(parse(response.body()));
            return 1;
        }
        List<String> lines = response.body().lines().filter(l -> !l.isBlank()).toList();
        int failed = 0;
        for (String line : lines) {
            JsonNode item = parse(line);
            if (item.has("result")) {
                out.print("#" + item.path("index").asInt() + " ");
                printDispatched(item.path("result"));
            } else {
                failed++;
                out.println("#" + item.path("index").asInt() + " not dispatched ("
                        + item.path("status").asText() + ")");
                printProblems(item);
            }
        }
        out.println(lines.size() - failed + " of " + lines.size() + " dispatched");
        return failed == 0 ? 0 : 1;
    }

    private void printDispatched(JsonNode result) {
        out.println("dispatched " + result.path("requestId").asText() + " revision "
                + result.path("revision").asInt(1) + " to "
                + result.path("addressee").asText() + " at "
                + result.path("dispatchedAt").asText() + " (message "
                + result.path("messageId").asText() + ")");
    }

    private void printProblems(JsonNode problem) {
        if (problem.hasNonNull("detail")) {
            out.println("  " + problem.get("detail").asText());
        }
        problem.path("errors")
                .forEach(error -> out.println("  " + error.path("field").asText("(request)") + ": "
                        + error.path("message").asText()));
    }

    private HttpResponse<String> post(String path, String accept, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(producer.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", accept + ", application/problem+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new HubException(
                    "the dispatch service at " + producer + " does not answer; is the hub up?" + " (./coophub status)");
        } catch (IOException e) {
            throw new HubException("the dispatch service at " + producer + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while dispatching");
        }
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new HubException("no such file: " + file);
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new HubException(file + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("detail", body);
        }
    }
}
