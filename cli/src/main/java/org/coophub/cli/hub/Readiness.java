package org.coophub.cli.hub;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/** Waits until a child answers like it should, failing fast when the child dies meanwhile. */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(200);

    private Readiness() {}

    /** Ready when the court can log in and describe the cluster (SCRAM users and authorizer loaded). */
    static void awaitBroker(HubLayout layout, Process broker, HubPorts ports, Passwords passwords, Duration timeout) {
        var settings = new HashMap<String, Object>(
                ClientSettings.kafka(ports.bootstrap(), Passwords.COURT, passwords.court()));
        // short attempts: the listener opens a moment before the broker can answer
        settings.put("request.timeout.ms", "1000");
        settings.put("default.api.timeout.ms", "1000");
        settings.put("reconnect.backoff.max.ms", "200");
        // created while the broker boots: loading the client takes a second in a cold JVM
        try (Admin admin = Admin.create(Map.copyOf(settings))) {
            await(layout, Component.KAFKA, broker, timeout, () -> isListening(ports.kafka()));
            await(layout, Component.KAFKA, broker, timeout, () -> canDescribeCluster(admin));
        }
    }

    /** Ready when {@code GET /subjects} answers 200. */
    static void awaitRegistry(HubLayout layout, Process registry, HubPorts ports, Duration timeout) {
        var client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var request = HttpRequest.newBuilder(URI.create(ports.registryUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        await(layout, Component.REGISTRY, registry, timeout, () -> {
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Ready when Spring Boot's {@code GET /actuator/health} answers {@code "status":"UP"}. */
    static void awaitHealth(HubLayout layout, Component component, Process app, String baseUrl, Duration timeout) {
        var client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .GET()
                .build();
        await(layout, component, app, timeout, () -> {
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200
                        && response.body().replace(" ", "").contains("\"status\":\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static void await(
            HubLayout layout, Component component, Process process, Duration timeout, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new HubException(
                        component.id() + " failed to start (it exited with code " + process.exitValue() + ")",
                        ChildProcesses.logTail(layout.log(component)));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new HubException(
                        component.id() + " failed to start (not ready after " + timeout.toSeconds() + " s)",
                        ChildProcesses.logTail(layout.log(component)));
            }
            // returns early if the child exits; that is reported on the next turn
            ChildProcesses.awaitExit(process.toHandle(), POLL);
        }
    }

    static boolean isListening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canDescribeCluster(Admin admin) {
        try {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
