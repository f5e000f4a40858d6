package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class StackFileTest {

    @TempDir
    Path home;

    @Test
    void writesBootstrapRegistryAndAbsoluteCredentialPaths() throws Exception {
        var credentials = new LinkedHashMap<String, Path>();
        credentials.put("court", home.resolve("credentials/court.properties"));
        credentials.put("registry", home.resolve("credentials/registry.properties"));
        Path file = home.resolve("stack.json");

        new StackFile("127.0.0.1:9092", "http://127.0.0.1:8081", credentials).writeTo(file);

        var json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("bootstrap").asString()).isEqualTo("127.0.0.1:9092");
        assertThat(json.get("registry").asString()).isEqualTo("http://127.0.0.1:8081");
        assertThat(json.get("credentials").get("court").asString())
                .isEqualTo(home.resolve("credentials/court.properties")
                        .toAbsolutePath()
                        .toString());
        assertThat(json.get("credentials").get("registry").asString()).endsWith("registry.properties");
    }

    @Test
    void writesANullRegistryWhenOnlyKafkaRuns() throws Exception {
        String text = new StackFile("127.0.0.1:9092", null, new LinkedHashMap<>()).toJson();

        assertThat(JsonMapper.builder().build().readTree(text).get("registry").isNull())
                .isTrue();
    }

    @Test
    void escapesPathsThatNeedIt() throws Exception {
        var credentials = new LinkedHashMap<String, Path>();
        credentials.put("court", Path.of("/tmp/a \"quoted\" \\ dir/court.properties"));

        String text = new StackFile("127.0.0.1:9092", null, credentials).toJson();

        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(text)
                        .get("credentials")
                        .get("court")
                        .asString())
                .isEqualTo("/tmp/a \"quoted\" \\ dir/court.properties");
    }

    @Test
    void addsTheProducerTheGatewaysAndTheGatewayCredentials() throws Exception {
        var credentials = new LinkedHashMap<String, Path>();
        credentials.put("court", home.resolve("court.properties"));
        credentials.put("gateway-FRA", home.resolve("gateway-FRA.properties"));
        var gateways = new LinkedHashMap<String, String>();
        gateways.put("FRA", "http://127.0.0.1:8091");
        gateways.put("ARG", "http://127.0.0.1:8092");

        String text = new StackFile(
                        "127.0.0.1:9092", "http://127.0.0.1:8081", credentials, "http://127.0.0.1:8080", gateways)
                .toJson();

        var json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("producer").asString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(json.get("gateways").get("ARG").asString()).isEqualTo("http://127.0.0.1:8092");
        assertThat(json.get("credentials").get("gateway-FRA").asString()).endsWith("gateway-FRA.properties");
        assertThat(json.get("bootstrap").asString()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void writesANullProducerAndNoGatewaysWhenTheAppsDoNotRun() throws Exception {
        var json = JsonMapper.builder()
                .build()
                .readTree(new StackFile("127.0.0.1:9092", null, new LinkedHashMap<>()).toJson());

        assertThat(json.get("producer").isNull()).isTrue();
        assertThat(json.get("gateways").isEmpty()).isTrue();
    }

    @Test
    void addsTheDashboardAfterTheExistingKeys() throws Exception {
        var credentials = new LinkedHashMap<String, Path>();
        credentials.put("court", home.resolve("court.properties"));
        var gateways = new LinkedHashMap<String, String>();
        gateways.put("FRA", "http://127.0.0.1:8091");

        String text = new StackFile(
                        "127.0.0.1:9092",
                        "http://127.0.0.1:8081",
                        credentials,
                        "http://127.0.0.1:8080",
                        gateways,
                        "http://127.0.0.1:8088")
                .toJson();

        var json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("dashboard").asString()).isEqualTo("http://127.0.0.1:8088");
        assertThat(json.propertyNames())
                .containsExactly(
                        "bootstrap",
                        "registry",
                        "credentials",
                        "producer",
                        "gateways",
                        "dashboard",
                        "webLogins",
                        "simulation");
    }

    @Test
    void addsTheWebLoginsAndTheSimulationAfterTheDashboard() throws Exception {
        String text = new StackFile(
                        "127.0.0.1:9092",
                        "http://127.0.0.1:8081",
                        new LinkedHashMap<>(),
                        "http://127.0.0.1:8080",
                        new LinkedHashMap<>(),
                        "http://127.0.0.1:8088",
                        home.resolve("credentials/web.properties"),
                        "http://127.0.0.1:8089")
                .toJson();

        var json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("webLogins").asString()).endsWith("credentials/web.properties");
        assertThat(json.get("simulation").asString()).isEqualTo("http://127.0.0.1:8089");
    }

    @Test
    void writesANullDashboardWhenItDoesNotRun() throws Exception {
        var json = JsonMapper.builder()
                .build()
                .readTree(new StackFile("127.0.0.1:9092", null, new LinkedHashMap<>()).toJson());

        assertThat(json.has("dashboard")).isTrue();
        assertThat(json.get("dashboard").isNull()).isTrue();
    }
}
