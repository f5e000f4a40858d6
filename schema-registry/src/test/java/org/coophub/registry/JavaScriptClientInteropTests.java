package org.coophub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.serde.CoopAvroDeserializer;
import org.coophub.schemas.serde.CoopAvroSerializer;
import org.coophub.schemas.serde.SerdeConfig;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client nobody on this team wrote: Confluent's official JavaScript client
 * ({@code @confluentinc/schemaregistry}, run by node from {@code src/test/js}) registers the real
 * {@code WarrantEvent} contract, reads it back, checks compatibility and round-trips a warrant event
 * through its Avro serde. The bytes it writes are then read by CoopHub's Java deserializer, and a
 * request written by CoopHub's Java serializer is read by Confluent's JavaScript deserializer.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "coophub.registry.topic=_schemas_secured",
            "coophub.registry.writers.court=court-secret"
        })
class JavaScriptClientInteropTests {

    static final Path SOURCE = Path.of(System.getProperty("interop.js.source", "src/test/js"));
    static final Path WORK = Path.of(System.getProperty("interop.js.work", "target/interop-js"));

    @LocalServerPort
    int port;

    @Test
    void confluentsJavaScriptClientWorksUnchanged() throws Exception {
        requireOnPath("node");
        requireOnPath("npm");
        prepareWorkDirectory();
        run(List.of("npm", "ci", "--no-audit", "--no-fund"), 240);
        Path schemaFile = WORK.resolve("warrant-event.avsc");
        Files.writeString(schemaFile, WarrantEvent.getClassSchema().toString(true));
        Path javaBytes = WORK.resolve("java-request.b64");
        Files.writeString(
                javaBytes,
                Base64.getEncoder()
                        .encodeToString(javaSerializer()
                                .serialize("coop.FRA.requests", SampleMessages.assetFreezingRequest())));

        String output = run(
                List.of(
                        "node",
                        "interop.mjs",
                        "http://localhost:" + port,
                        schemaFile.toString(),
                        "court",
                        "court-secret",
                        javaBytes.toString()),
                60);
        JsonNode result = JsonMapper.builder().build().readTree(lastLine(output));

        int id = result.get("id").asInt();
        RegistryHttp registry = RegistryHttp.at(port);
        assertThat(result.get("idAgain").asInt()).isEqualTo(id);
        assertThat(result.get("lookedUpId").asInt()).isEqualTo(id);
        assertThat(result.get("latest").get("id").asInt()).isEqualTo(id);
        assertThat(result.get("byVersion").get("id").asInt()).isEqualTo(id);
        assertThat(result.get("subjects").toString()).contains("\"coop.court.warrants-value\"");
        assertThat(result.get("compatibleWithOptionalField").asBoolean()).isTrue();
        assertThat(result.get("compatibleWithRequiredField").asBoolean()).isFalse();
        assertThat(result.get("compatibility").asString()).isEqualTo("BACKWARD");
        assertThat(result.get("byIdSchema").asString())
                .isEqualTo(
                        registry.get("/schemas/ids/" + id).json().get("schema").asString());
        assertThat(registry.get("/subjects/coop.court.warrants-value/versions/latest")
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(id);
        JsonNode decoded = result.get("decoded");
        assertThat(decoded.get("warrantId").asString()).isEqualTo("ICC-01/04-02/06-36");
        assertThat(decoded.get("kind").asString()).isEqualTo("PERSON_ARRESTED");
        assertThat(decoded.get("party").asString()).isEqualTo("FRA");

        // Confluent wire format: magic byte 0, the 4-byte id our registry gave, then Avro binary
        byte[] framed = Base64.getDecoder().decode(result.get("bytes").asString());
        ByteBuffer bytes = ByteBuffer.wrap(framed);
        assertThat(bytes.get()).isZero();
        assertThat(bytes.getInt()).isEqualTo(id);
        WarrantEvent event = javaDeserializer().deserialize("coop.court.warrants", framed);
        assertThat(event.getWarrantId()).isEqualTo("ICC-01/04-02/06-36");
        assertThat(event.getKind()).isEqualTo(WarrantEventKind.PERSON_ARRESTED);
        assertThat(event.getParty()).isEqualTo("FRA");
        assertThat(event.getOccurredAt()).isEqualTo(Instant.ofEpochMilli(1767225600000L));

        // and Confluent's JavaScript deserializer read what CoopHub's Java serializer wrote
        JsonNode request = result.get("javaDecoded");
        assertThat(request.get("requestId").asString()).isEqualTo("ICC-REQ-2017-000123");
        assertThat(request.get("kind").asString()).isEqualTo("REQUEST");
        assertThat(request.at("/request/requestType").asString()).isEqualTo("ASSISTANCE_ASSETS_TRACING_AND_FREEZING");
        assertThat(request.at("/request/contents/assets/0/estimatedValue").asString())
                .isEqualTo("250000 EUR");
        assertThat(request.at("/request/attachments/0/sha256").asString()).startsWith("9f86d081");
    }

    private CoopAvroSerializer<CourtMessage> javaSerializer() {
        CoopAvroSerializer<CourtMessage> serializer = new CoopAvroSerializer<>();
        serializer.configure(javaSerdeConfig(), false);
        return serializer;
    }

    private CoopAvroDeserializer<WarrantEvent> javaDeserializer() {
        CoopAvroDeserializer<WarrantEvent> deserializer = new CoopAvroDeserializer<>();
        deserializer.configure(javaSerdeConfig(), false);
        return deserializer;
    }

    private Map<String, String> javaSerdeConfig() {
        return Map.of(
                SerdeConfig.SCHEMA_REGISTRY_URL, "http://localhost:" + port,
                SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                SerdeConfig.BASIC_AUTH_USER_INFO, "court:court-secret",
                SerdeConfig.SPECIFIC_AVRO_READER, "true");
    }

    private static void prepareWorkDirectory() throws IOException {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "interop.mjs")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void requireOnPath(String tool) {
        try {
            run(List.of(tool, "--version"), 30);
        } catch (Exception | AssertionError e) {
            fail("`%s` is needed on the PATH for the JavaScript interop test (install Node.js 20+): %s"
                    .formatted(tool, e.getMessage()));
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("interop", ".log");
        Process process = new ProcessBuilder(command)
                .directory(WORK.toFile().isDirectory() ? WORK.toFile() : null)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (!finished || process.exitValue() != 0) {
            throw new AssertionError("%s %s:%n%s"
                    .formatted(command, finished ? "exited with " + process.exitValue() : "timed out", output));
        }
        return output;
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
