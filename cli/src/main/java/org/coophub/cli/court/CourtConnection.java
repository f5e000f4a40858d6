package org.coophub.cli.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.coophub.cli.hub.HubException;

/**
 * The court's way into a running hub: the entries of its client properties file ({@code
 * bootstrap.servers}, SASL settings and, when the registry runs, {@code schema.registry.url} and
 * {@code basic.auth.*}).
 */
public record CourtConnection(Map<String, String> settings) {

    private static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    private static final String USER_INFO = "basic.auth.user.info";

    public CourtConnection {
        settings = Map.copyOf(settings);
        if (!settings.containsKey("bootstrap.servers")) {
            throw new HubException("the court's client settings lack bootstrap.servers");
        }
    }

    /** Reads {@code court.properties}. */
    public static CourtConnection fromProperties(Path courtProperties) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(courtProperties)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new HubException("cannot read the court's client settings " + courtProperties + ": " + e);
        }
        var settings = new LinkedHashMap<String, String>();
        properties.forEach((key, value) -> settings.put(key.toString(), value.toString()));
        return new CourtConnection(settings);
    }

    /** Finds the running hub through {@code .coophub/stack.json}, the launcher's public contract. */
    public static CourtConnection fromRunningHub(Path stackFile) {
        if (!Files.isRegularFile(stackFile)) {
            throw new HubException("CoopHub is not running (no " + stackFile + "); start it with ./coophub up");
        }
        JsonNode stack;
        try {
            stack = new ObjectMapper().readTree(stackFile.toFile());
        } catch (IOException e) {
            throw new HubException("cannot read " + stackFile + ": " + e.getMessage());
        }
        JsonNode court = stack.path("credentials").path("court");
        if (!court.isTextual()) {
            throw new HubException(stackFile + " names no court credentials; restart the hub with ./coophub up");
        }
        return fromProperties(Path.of(court.asText()));
    }

    public String bootstrap() {
        return settings.get("bootstrap.servers");
    }

    /** The registry's URL, or empty when the hub runs without it ({@code up --no-registry}). */
    public Optional<String> registryUrl() {
        return Optional.ofNullable(settings.get(SCHEMA_REGISTRY_URL)).filter(url -> !url.isBlank());
    }

    /** {@code court:<password>} for the registry's HTTP Basic login. */
    public Optional<String> registryUserInfo() {
        return Optional.ofNullable(settings.get(USER_INFO));
    }

    /** A fresh, mutable copy for a Kafka client's configuration. */
    public Map<String, Object> kafkaSettings() {
        var copy = new HashMap<String, Object>(settings);
        copy.putIfAbsent("default.api.timeout.ms", "30000");
        copy.putIfAbsent("request.timeout.ms", "15000");
        return copy;
    }

    /** Kafka settings only: the SASL keys without the registry's, for clients that warn on unknown keys. */
    public Admin admin() {
        var admin = kafkaSettings();
        admin.keySet().removeIf(key -> key.startsWith("schema.registry.") || key.startsWith("basic.auth."));
        return Admin.create(admin);
    }
}
