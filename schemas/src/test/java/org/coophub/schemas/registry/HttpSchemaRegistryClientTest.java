package org.coophub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.RetriableException;
import org.coophub.schemas.warrant.WarrantEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's handling of what a registry can answer, against a canned HTTP server; the client
 * against the real registry is tested in {@code schema-registry/}.
 */
class HttpSchemaRegistryClientTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void registersWithConfluentContentTypeAndBasicAuth() throws IOException {
        answer(200, "{\"id\":7}");
        RegistryConnection connection =
                new RegistryConnection(List.of(url()), "court:s3cret", Duration.ofSeconds(2), Duration.ofSeconds(2));

        int id = new HttpSchemaRegistryClient(connection)
                .register("coop.court.warrants-value", WarrantEvent.getClassSchema());

        assertThat(id).isEqualTo(7);
        assertThat(seen)
                .containsExactly("POST /subjects/coop.court.warrants-value/versions"
                        + " application/vnd.schemaregistry.v1+json Basic Y291cnQ6czNjcmV0");
    }

    @Test
    void mapsAnIncompatibleSchemaToTheRegistrysErrorCode() throws IOException {
        answer(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");

        assertThatThrownBy(() -> client().register("s", WarrantEvent.getClassSchema()))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.httpStatus()).isEqualTo(409);
                })
                .hasMessageContaining("incompatible");
    }

    @Test
    void reportsAnUnknownIdAsUnknownSchemaId() throws IOException {
        answer(404, "{\"error_code\":40403,\"message\":\"Schema 99 not found\"}");

        assertThatThrownBy(() -> client().schemaById(99))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("Schema id 99");
    }

    @Test
    void treatsAServerErrorAsRetriable() throws IOException {
        answer(500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}");

        assertThatThrownBy(() -> client().schemaById(1)).isInstanceOf(SchemaRegistryUnavailableException.class);
    }

    @Test
    void reportsAnUnreachableRegistryAsRetriable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpSchemaRegistryClient client =
                new HttpSchemaRegistryClient(RegistryConnection.to("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void givesUpOnAStalledRegistryAfterTheRequestTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> acceptAndSayNothing(silent));
            acceptor.setDaemon(true);
            acceptor.start();
            RegistryConnection connection = new RegistryConnection(
                    List.of(URI.create("http://127.0.0.1:" + silent.getLocalPort())),
                    null,
                    Duration.ofSeconds(1),
                    Duration.ofMillis(300));

            long started = System.nanoTime();
            assertThatThrownBy(() -> new HttpSchemaRegistryClient(connection).schemaById(1))
                    .isInstanceOf(SchemaRegistryUnavailableException.class)
                    .hasMessageContaining("did not answer");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            acceptor.interrupt();
        }
    }

    @Test
    void movesOnToTheNextUrlWhenOneIsDown() throws IOException {
        answer(200, "{\"schema\":\"\\\"string\\\"\"}");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RegistryConnection connection = new RegistryConnection(
                List.of(URI.create("http://127.0.0.1:" + closedPort), url()),
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(2));

        assertThat(new HttpSchemaRegistryClient(connection).schemaById(1).getType())
                .isEqualTo(org.apache.avro.Schema.Type.STRING);
    }

    @Test
    void refusesASchemaOfAnotherType() throws IOException {
        answer(200, "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");

        assertThatThrownBy(() -> client().schemaById(3))
                .hasMessageContaining("PROTOBUF schema; CoopHub reads Avro only");
    }

    private static void acceptAndSayNothing(ServerSocket silent) {
        try (Socket ignored = silent.accept()) {
            ignored.getInputStream().readAllBytes();
        } catch (IOException e) {
            // the test is over
        }
    }

    private HttpSchemaRegistryClient client() {
        return new HttpSchemaRegistryClient(
                new RegistryConnection(List.of(url()), null, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                            + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                            + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }
}
