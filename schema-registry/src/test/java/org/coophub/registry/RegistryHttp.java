package org.coophub.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the registry over real HTTP, with the content type Confluent's clients send. */
public record RegistryHttp(String baseUrl, String authorization) {

    public static final String CONFLUENT_JSON = "application/vnd.schemaregistry.v1+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static RegistryHttp at(int port) {
        return new RegistryHttp("http://localhost:" + port, null);
    }

    public RegistryHttp as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RegistryHttp(baseUrl, "Basic " + token);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, String body) {
        return send("POST", path, body);
    }

    public Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** Registers the schema under the subject and returns its id, failing on anything but 200. */
    public int register(String subject, String schema) {
        Reply reply = post("/subjects/" + subject + "/versions", schemaBody(schema));
        if (reply.status() != 200) {
            throw new AssertionError("register failed: " + reply);
        }
        return reply.json().get("id").asInt();
    }

    public Reply send(String method, String path, String body) {
        return send(method, path, body, CONFLUENT_JSON);
    }

    /** Sends with this media type as both Content-Type (when there is a body) and Accept. */
    public Reply send(String method, String path, String body, String mediaType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", mediaType)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", mediaType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request body Confluent clients send to register or look up a schema. */
    public static String schemaBody(String schema) {
        return JSON.writeValueAsString(Map.of("schema", schema));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** An Avro record schema with the given field definitions (JSON objects). */
    public static String record(String name, String... fields) {
        return "{\"type\":\"record\",\"name\":\"%s\",\"namespace\":\"org.coophub.test\",\"fields\":[%s]}"
                .formatted(name, String.join(",", fields));
    }

    public record Reply(int status, String body, String contentType) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public int errorCode() {
            return json().get("error_code").asInt();
        }
    }
}
