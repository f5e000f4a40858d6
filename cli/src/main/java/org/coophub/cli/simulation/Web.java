package org.coophub.cli.simulation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/** JSON over HTTP to the producer and the gateways, with HTTP Basic credentials when given. */
final class Web {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Optional<String> authorization;

    Web(Optional<String> authorization) {
        this.authorization = authorization;
    }

    /** Credentials from a properties file with {@code username} and {@code password}. */
    static Web withCredentials(Optional<Path> file) {
        if (file.isEmpty()) {
            return new Web(Optional.empty());
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String username = properties.getProperty("username");
        String password = properties.getProperty("password");
        if (username == null || password == null) {
            throw new IllegalArgumentException(file.get() + " must hold username and password");
        }
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Web(Optional.of("Basic " + token));
    }

    /** An answer: its status code and body. */
    record Reply(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    Reply postJson(URI uri, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }
}
