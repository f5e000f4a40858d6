package org.coophub.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The Confluent Schema Registry REST API over {@link HttpClient}. No cache and no back-off of its
 * own: {@link CachingSchemaRegistryClient} caches, and the caller (a Kafka error handler) decides
 * when to try again after a {@link SchemaRegistryUnavailableException}. A call tries each configured
 * URL once, each bounded by the request timeout.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryConnection connection;
    private final HttpClient http;
    private final String authorization;

    public HttpSchemaRegistryClient(RegistryConnection connection) {
        this.connection = connection;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connection.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = connection.userInfo() == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString(connection.userInfo().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int register(String subject, Schema schema) {
        return call("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema))
                .path("id")
                .asInt();
    }

    @Override
    public int idOf(String subject, Schema schema) {
        return call("POST", "/subjects/" + encode(subject), schemaBody(schema))
                .path("id")
                .asInt();
    }

    @Override
    public Schema schemaById(int id) {
        JsonNode body;
        try {
            body = call("GET", "/schemas/ids/" + id, null);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || e.httpStatus() == 404) {
                throw new UnknownSchemaIdException(id, connection.urls().toString());
            }
            throw e;
        }
        String type = body.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException(
                    200, 0, "Schema id " + id + " is a " + type + " schema; CoopHub reads Avro only");
        }
        return parse(body.path("schema").asText(), "schema id " + id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode body = call("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        return new RegisteredSchema(
                body.path("subject").asText(subject),
                body.path("version").asInt(),
                body.path("id").asInt(),
                parse(body.path("schema").asText(), "the latest schema of " + subject));
    }

    private JsonNode call(String method, String path, String body) {
        SchemaRegistryUnavailableException unavailable = null;
        for (URI base : connection.urls()) {
            HttpRequest request = request(base, method, path, body);
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                unavailable = new SchemaRegistryUnavailableException(
                        "Schema registry at " + base + " did not answer " + method + " " + path + " within "
                                + connection.requestTimeout().toMillis() + " ms",
                        e);
                continue;
            } catch (ConnectException e) {
                unavailable = new SchemaRegistryUnavailableException(
                        "Schema registry at " + base + " is unreachable (connection refused or failed)", e);
                continue;
            } catch (IOException e) {
                unavailable = new SchemaRegistryUnavailableException(
                        "Schema registry at " + base + " is unreachable: " + e, e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnavailableException("Interrupted while calling the schema registry", e);
            }
            if (response.statusCode() >= 500) {
                unavailable = new SchemaRegistryUnavailableException("Schema registry at " + base + " failed on "
                        + method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
                continue;
            }
            return readBody(base, response);
        }
        throw unavailable;
    }

    private HttpRequest request(URI base, String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(trimSlash(base.toString()) + path))
                .timeout(connection.requestTimeout())
                .header("Accept", CONTENT_TYPE + ", application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            builder.header("Content-Type", CONTENT_TYPE);
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private static JsonNode readBody(URI base, HttpResponse<String> response) {
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(
                    response.statusCode(),
                    0,
                    "Schema registry at " + base + " answered with something that is not JSON: "
                            + abbreviate(response.body()));
        }
        if (response.statusCode() >= 300) {
            int code = json.path("error_code").asInt(response.statusCode());
            String message = json.path("message").asText(abbreviate(response.body()));
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                message += " — check basic.auth.user.info";
            }
            throw new SchemaRegistryException(response.statusCode(), code, message);
        }
        return json;
    }

    private static Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(200, 0, "The registry returned an unreadable Avro schema for " + what);
        }
    }

    private static String schemaBody(Schema schema) {
        ObjectNode body = JSON.createObjectNode();
        body.put("schema", schema.toString());
        return body.toString();
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
