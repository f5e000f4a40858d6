package org.coophub.cli.hub;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** Kafka client settings read from a hub's properties files, with test-sized timeouts. */
final class TestClients {

    private TestClients() {}

    static Map<String, Object> settings(Path propertiesFile) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var settings = new HashMap<String, Object>();
        properties.forEach((key, value) -> settings.put((String) key, value));
        settings.put("request.timeout.ms", 10_000);
        return settings;
    }

    static Map<String, Object> consumer(Path propertiesFile, String group) {
        var settings = settings(propertiesFile);
        settings.put("group.id", group);
        settings.put("auto.offset.reset", "earliest");
        settings.put("default.api.timeout.ms", 20_000);
        return settings;
    }

    static Map<String, Object> producer(Path propertiesFile) {
        var settings = settings(propertiesFile);
        settings.put("max.block.ms", 20_000);
        settings.put("delivery.timeout.ms", 30_000);
        return settings;
    }

    static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, cause -> cause != null, Throwable::getCause);
    }

    /** {@code up}, with a failing component's log tail in the test report. */
    static int up(Hub hub, UpOptions options) {
        try {
            return hub.up(options);
        } catch (HubException e) {
            throw new AssertionError(e.getMessage() + "\n" + String.join("\n", e.details()), e);
        }
    }

    /** A jar of the reactor build; its absence fails the test with a clear message. */
    static Path requiredJar(String relativeToRepository, String module) {
        Path jar = Path.of("..").resolve(relativeToRepository).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + module + " first (./mvnw -B -pl " + module
                    + " -am package -DskipTests, or the full ./mvnw verify)");
        }
        return jar;
    }
}
