package org.coophub.cli.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary hub homes and free ports for tests; never the repository's own {@code .coophub}. */
public final class TestHomes {

    private TestHomes() {}

    /** A home whose build outputs exist as empty placeholders (enough for the pre-start checks). */
    static HubLayout withPlaceholderJars(Path home) {
        var layout = HubLayout.of(home);
        try {
            Files.createDirectories(layout.kafkaLibs());
            Files.createFile(layout.kafkaLibs().resolve("kafka_2.13-4.1.2.jar"));
            Files.createDirectories(layout.registryJar().getParent());
            Files.createFile(layout.registryJar());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }

    /** Three distinct free ports (a port just released may be handed out again at once). */
    public static HubPorts freePorts() {
        int kafka = freePort();
        int controller = freePort();
        while (controller == kafka) {
            controller = freePort();
        }
        int registry = freePort();
        while (registry == kafka || registry == controller) {
            registry = freePort();
        }
        return new HubPorts(kafka, controller, registry);
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
