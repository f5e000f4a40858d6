package org.coophub.cli.party;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.avro.Schema;
import org.coophub.cli.hub.HubException;
import org.coophub.schemas.Topics;
import org.coophub.schemas.registry.HttpSchemaRegistryClient;
import org.coophub.schemas.registry.RegistryConnection;
import org.coophub.schemas.registry.SchemaRegistryClient;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;

/**
 * Registers, as the court, the subjects a party's traffic uses. Gateways never register (they
 * have no registry login), so these must exist before the first request or acknowledgement.
 */
final class PartySubjects {

    /** The request contract evolves so that old gateways keep reading new requests, and back. */
    static final String COMPATIBILITY = "FULL_TRANSITIVE";

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private final String url;
    private final String authorization;
    private final SchemaRegistryClient registry;
    private final HttpClient http;

    PartySubjects(String url, String userInfo) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        this.registry = new HttpSchemaRegistryClient(new RegistryConnection(
                List.of(URI.create(url)), userInfo, Duration.ofSeconds(5), Duration.ofSeconds(30)));
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    static String requestsSubject(String party) {
        return Topics.requests(party) + "-value";
    }

    static String responsesSubject(String party) {
        return Topics.responses(party) + "-value";
    }

    void register(String party) {
        register(requestsSubject(party), CourtMessage.getClassSchema());
        register(responsesSubject(party), PartyMessage.getClassSchema());
    }

    private void register(String subject, Schema schema) {
        // the rule first: every version registered from now on is checked against it
        putCompatibility(subject);
        registry.register(subject, schema);
    }

    private void putCompatibility(String subject) {
        var request = HttpRequest.newBuilder(
                        URI.create(url + "/config/" + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + COMPATIBILITY + "\"}"))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new HubException("setting " + COMPATIBILITY + " on " + subject + " failed: HTTP "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new HubException("the schema registry at " + url + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while talking to the schema registry");
        }
    }
}
