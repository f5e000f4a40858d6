package org.coophub.cli.simulation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /actuator/health} ({@code {"status":"UP"}} once every authority is assigned and
 * positioned, 503 {@code DOWN} before: what {@code up} waits on) and {@code GET /status} (counts
 * per party), on the loopback interface, one thread.
 */
final class StatusServer implements AutoCloseable {

    private final HttpServer server;

    StatusServer(int port, Switchboard switchboard, Supplier<Map<String, Map<String, Long>>> counts)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "status-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/actuator/health", exchange -> {
            boolean up = switchboard.ready();
            reply(exchange, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}");
        });
        server.createContext("/status", exchange -> {
            Duration startup = switchboard.startupTime();
            var body = new StringBuilder("{\"ready\":")
                    .append(switchboard.ready())
                    .append(",\"authorities\":")
                    .append(switchboard.size())
                    .append(",\"started\":")
                    .append(switchboard.started())
                    .append(",\"startupMillis\":")
                    .append(startup == null ? "null" : String.valueOf(startup.toMillis()))
                    .append(",\"parties\":{");
            boolean first = true;
            for (var party : counts.get().entrySet()) {
                if (!first) {
                    body.append(',');
                }
                first = false;
                body.append(Json.quote(party.getKey())).append(':').append(Json.object(party.getValue()));
            }
            reply(exchange, 200, body.append("}}").toString());
        });
    }

    int port() {
        return server.getAddress().getPort();
    }

    void start() {
        server.start();
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
