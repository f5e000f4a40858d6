package org.coophub.cli.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coophub.cli.hub.HubException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's side of the dispatch service's API, against a stand-in answering as the service does. */
class DispatchTest {

    @TempDir
    Path dir;

    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private HttpServer producer;

    @AfterEach
    void stop() {
        if (producer != null) {
            producer.stop(0);
        }
    }

    @Test
    void postsAnObjectAsOneRequestAndPrintsWhatWasDispatched() throws IOException {
        answer(
                201,
                "{\"requestId\":\"ICC-REQ-2017-000123\",\"revision\":1,\"addressee\":\"FRA\","
                        + "\"messageId\":\"m-1\",\"dispatchedAt\":\"2026-11-26T23:00:00Z\"}");

        int exit = dispatch("{\"addressee\":\"FRA\"}");

        assertThat(exit).isZero();
        assertThat(posted).containsExactly("/requests {\"addressee\":\"FRA\"}");
        assertThat(out.toString()).contains("dispatched ICC-REQ-2017-000123 revision 1 to FRA");
    }

    @Test
    void printsEveryValidationErrorAndFails() throws IOException {
        answer(
                400,
                "{\"title\":\"Invalid request\",\"errors\":[{\"field\":\"warrantReference\",\"message\":\"required"
                        + " for an arrest (art. 89)\"},{\"field\":\"dueBy\",\"message\":\"must be in the future\"}]}");

        int exit = dispatch("{\"addressee\":\"FRA\"}");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("request not dispatched: HTTP 400 Invalid request")
                .contains("warrantReference: required for an arrest (art. 89)")
                .contains("dueBy: must be in the future");
    }

    @Test
    void postsAnArrayAsABatchAndCountsWhatWentThrough() throws IOException {
        answer(
                200,
                "{\"index\":0,\"status\":201,\"result\":{\"requestId\":\"A\",\"revision\":1,\"addressee\":\"FRA\"}}\n"
                        + "{\"index\":1,\"status\":400,\"errors\":[{\"field\":\"language\",\"message\":\"not accepted\"}]}\n");

        int exit = dispatch("[{\"addressee\":\"FRA\"},{\"addressee\":\"SEN\"}]");

        assertThat(exit).isEqualTo(1);
        assertThat(posted).singleElement().asString().startsWith("/requests/batch ");
        assertThat(out.toString())
                .contains("#0 dispatched A")
                .contains("language: not accepted")
                .contains("1 of 2 dispatched");
    }

    @Test
    void postsAnObjectWithRequestsAsABundle() throws IOException {
        answer(
                201,
                "{\"coordinationId\":\"C-1\",\"requests\":[{\"requestId\":\"A\",\"addressee\":\"FRA\"},"
                        + "{\"requestId\":\"B\",\"addressee\":\"ARG\"}]}");

        int exit = dispatch("{\"requests\":[{\"addressee\":\"FRA\"},{\"addressee\":\"ARG\"}]}");

        assertThat(exit).isZero();
        assertThat(posted).singleElement().asString().startsWith("/bundles ");
        assertThat(out.toString()).contains("dispatched A").contains("dispatched B");
    }

    @Test
    void saysSoWhenTheServiceDoesNotAnswer() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"), "{}");
        Dispatch nobody = new Dispatch(URI.create("http://127.0.0.1:1/"), new PrintWriter(out));

        assertThatThrownBy(() -> nobody.file(file))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("does not answer");
    }

    @Test
    void refusesAFileThatIsNotJson() throws IOException {
        answer(201, "{}");
        Path file = Files.writeString(dir.resolve("r.json"), "addressee: FRA");

        assertThatThrownBy(() -> new Dispatch(url(), new PrintWriter(out)).file(file))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("is not valid JSON");
    }

    private int dispatch(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("request.json"), json);
        PrintWriter writer = new PrintWriter(out);
        int exit = new Dispatch(url(), writer).file(file);
        writer.flush();
        return exit;
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + producer.getAddress().getPort() + "/");
    }

    private void answer(int status, String body) throws IOException {
        producer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        producer.createContext("/", exchange -> {
            posted.add(exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        producer.start();
    }
}
