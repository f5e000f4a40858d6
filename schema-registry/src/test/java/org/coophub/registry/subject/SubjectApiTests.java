package org.coophub.registry.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coophub.registry.RegistryHttp.record;
import static org.coophub.registry.RegistryHttp.schemaBody;

import org.coophub.registry.RegistryHttp;
import org.coophub.registry.RegistryHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "coophub.registry.topic=_schemas_api"
        })
class SubjectApiTests {

    static final String RECEIPT = record("Receipt", "{\"name\":\"requestId\",\"type\":\"string\"}");
    static final String RECEIPT_V2 = record(
            "Receipt",
            "{\"name\":\"requestId\",\"type\":\"string\"}",
            "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}");

    @LocalServerPort
    int port;

    RegistryHttp registry;

    @BeforeEach
    void connect() {
        registry = RegistryHttp.at(port);
    }

    @Test
    void registersVersionsAndServesThemBySubjectVersionAndId() {
        int id = registry.register("receipts-value", RECEIPT);
        int id2 = registry.register("receipts-value", RECEIPT_V2);

        assertThat(id2).isNotEqualTo(id);
        assertThat(registry.get("/subjects").json().toString()).contains("\"receipts-value\"");
        assertThat(registry.get("/subjects/receipts-value/versions").json().toString())
                .isEqualTo("[1,2]");
        Reply first = registry.get("/subjects/receipts-value/versions/1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith(RegistryHttp.CONFLUENT_JSON);
        assertThat(first.json().get("subject").asString()).isEqualTo("receipts-value");
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("id").asInt()).isEqualTo(id);
        assertThat(first.json().has("schemaType")).isFalse();
        assertThat(registry.get("/subjects/receipts-value/versions/latest")
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertThat(registry.get("/subjects/receipts-value/versions/-1")
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(id2);
        assertThat(registry.get("/subjects/receipts-value/versions/1/schema")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Receipt");
        assertThat(registry.get("/schemas/ids/" + id).json().get("schema").asString())
                .contains("\"requestId\"");
        assertThat(registry.get("/schemas/ids/" + id + "?subject=receipts-value")
                        .status())
                .isEqualTo(200);
        assertThat(registry.get("/schemas/ids/" + id2 + "/versions").json().toString())
                .isEqualTo("[{\"subject\":\"receipts-value\",\"version\":2}]");
    }

    @Test
    void returnsSameIdForSameSchemaUnderTwoSubjects() {
        String schema = record("Notice", "{\"name\":\"text\",\"type\":\"string\"}");
        String reformatted = "{ \"name\": \"Notice\", \"type\": \"record\", \"namespace\": \"org.coophub.test\",\n"
                + "  \"fields\": [ { \"type\": \"string\", \"name\": \"text\" } ] }";

        int first = registry.register("notices-a", schema);
        int again = registry.register("notices-a", reformatted);
        int other = registry.register("notices-b", schema);

        assertThat(again).isEqualTo(first);
        assertThat(other).isEqualTo(first);
        assertThat(registry.get("/subjects/notices-a/versions").json().toString())
                .isEqualTo("[1]");
        assertThat(registry.get("/schemas/ids/" + first + "/subjects").json().toString())
                .isEqualTo("[\"notices-a\",\"notices-b\"]");
    }

    @Test
    void givesADifferentIdWhenOnlyTheDocOrDefaultDiffers() {
        String plain = record("Reminder", "{\"name\":\"days\",\"type\":\"int\",\"default\":30}");
        String otherDefault = record("Reminder", "{\"name\":\"days\",\"type\":\"int\",\"default\":60}");

        assertThat(registry.register("reminders-a", plain))
                .isNotEqualTo(registry.register("reminders-b", otherDefault));
    }

    @Test
    void looksUpARegisteredSchemaUnderItsSubject() {
        int id = registry.register("lookups", RECEIPT);

        Reply found = registry.post("/subjects/lookups", schemaBody(RECEIPT));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asInt()).isEqualTo(id);
        assertThat(found.json().get("version").asInt()).isEqualTo(1);

        assertThat(registry.post("/subjects/nobody", schemaBody(RECEIPT)).errorCode())
                .isEqualTo(40401);
        Reply missing = registry.post("/subjects/lookups", schemaBody(RECEIPT_V2));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(40403);
    }

    @Test
    void answersConfluentErrorCodesForUnknownOrInvalidRequests() {
        registry.register("errors", RECEIPT);

        assertError(registry.get("/subjects/nobody/versions"), 404, 40401);
        assertError(registry.get("/subjects/nobody/versions/1"), 404, 40401);
        assertError(registry.get("/subjects/errors/versions/7"), 404, 40402);
        assertError(registry.get("/subjects/errors/versions/one"), 422, 42202);
        assertError(registry.get("/subjects/errors/versions/0"), 422, 42202);
        assertError(registry.get("/schemas/ids/99999"), 404, 40403);
        assertError(registry.get("/schemas/ids/x/versions"), 404, 40403);
        assertError(registry.post("/subjects/errors/versions", schemaBody("{\"type\":\"recrod\"}")), 422, 42201);
        assertError(registry.post("/subjects/errors/versions", "{}"), 422, 42201);
        Reply json = registry.post(
                "/subjects/errors/versions", "{\"schemaType\":\"JSON\",\"schema\":\"{\\\"type\\\":\\\"object\\\"}\"}");
        assertError(json, 422, 42201);
        assertThat(json.json().get("message").asString()).contains("JSON").contains("AVRO");
        Reply references = registry.post(
                "/subjects/errors/versions",
                "{\"schema\":\"\\\"string\\\"\",\"references\":[{\"name\":\"a\",\"subject\":\"b\",\"version\":1}]}");
        assertError(references, 422, 42201);
        assertThat(references.json().get("message").asString()).isEqualTo("schema references are not supported yet");
    }

    @Test
    void deletesSoftThenPermanently() {
        int id = registry.register("deletions", RECEIPT);
        registry.register("deletions", RECEIPT_V2);

        assertError(registry.delete("/subjects/deletions/versions/1?permanent=true"), 404, 40407);
        assertThat(registry.delete("/subjects/deletions/versions/1").body()).isEqualTo("1");
        assertError(registry.delete("/subjects/deletions/versions/1"), 404, 40406);
        assertError(registry.get("/subjects/deletions/versions/1"), 404, 40402);
        assertThat(registry.get("/subjects/deletions/versions/1?deleted=true")
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(id);
        assertThat(registry.get("/subjects/deletions/versions").json().toString())
                .isEqualTo("[2]");
        assertThat(registry.get("/subjects/deletions/versions?deleted=true")
                        .json()
                        .toString())
                .isEqualTo("[1,2]");
        // a record written with a soft-deleted schema stays readable
        assertThat(registry.get("/schemas/ids/" + id).status()).isEqualTo(200);
        assertThat(registry.delete("/subjects/deletions/versions/1?permanent=true")
                        .body())
                .isEqualTo("1");
        assertError(registry.get("/subjects/deletions/versions/1?deleted=true"), 404, 40402);

        assertError(registry.delete("/subjects/deletions?permanent=true"), 404, 40405);
        assertThat(registry.delete("/subjects/deletions").json().toString()).isEqualTo("[2]");
        assertError(registry.delete("/subjects/deletions"), 404, 40404);
        assertThat(registry.get("/subjects").json().toString()).doesNotContain("\"deletions\"");
        assertThat(registry.get("/subjects?deleted=true").json().toString()).contains("\"deletions\"");
        assertError(registry.get("/subjects/deletions/versions"), 404, 40401);
        assertThat(registry.delete("/subjects/deletions?permanent=true").json().toString())
                .isEqualTo("[2]");
        assertThat(registry.get("/subjects?deleted=true").json().toString()).doesNotContain("\"deletions\"");
        assertError(registry.delete("/subjects/deletions"), 404, 40401);
    }

    @Test
    void registersAgainAfterASoftDeleteKeepingTheId() {
        int id = registry.register("comeback", RECEIPT);
        registry.delete("/subjects/comeback");

        assertThat(registry.register("comeback", RECEIPT)).isEqualTo(id);
        assertThat(registry.get("/subjects/comeback/versions").json().toString())
                .isEqualTo("[2]");
    }

    @Test
    void answersTheSmallResourcesClientsProbe() {
        assertThat(registry.get("/").body()).isEqualTo("{}");
        assertThat(registry.get("/mode").json().get("mode").asString()).isEqualTo("READWRITE");
        assertThat(registry.get("/schemas/types").json().toString()).isEqualTo("[\"AVRO\"]");
        Reply health = registry.send("GET", "/actuator/health", null, "application/json");
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void acceptsPlainJsonAndTheUnversionedConfluentType() {
        for (String mediaType : new String[] {"application/json", "application/vnd.schemaregistry+json"}) {
            Reply registered = registry.send("POST", "/subjects/media/versions", schemaBody(RECEIPT), mediaType);
            assertThat(registered.status()).as(mediaType).isEqualTo(200);
            assertThat(registered.contentType()).startsWith(mediaType);
        }
    }

    static void assertError(Reply reply, int status, int errorCode) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(errorCode);
        assertThat(reply.json().get("message").asString()).isNotBlank();
    }
}
