package org.coophub.registry.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coophub.registry.RegistryHttp.json;
import static org.coophub.registry.RegistryHttp.record;
import static org.coophub.registry.RegistryHttp.schemaBody;

import java.util.Map;
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
class CompatibilityApiTests {

    static final String ID = "{\"name\":\"requestId\",\"type\":\"string\"}";
    static final String OPTIONAL_NOTE = "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}";
    static final String REQUIRED_PARTY = "{\"name\":\"party\",\"type\":\"string\"}";
    static final String V1 = record("Status", ID);
    static final String WITH_NOTE = record("Status", ID, OPTIONAL_NOTE);
    static final String WITH_PARTY = record("Status", ID, REQUIRED_PARTY);

    @LocalServerPort
    int port;

    RegistryHttp registry;

    @BeforeEach
    void connect() {
        registry = RegistryHttp.at(port);
    }

    @Test
    void rejectsABackwardIncompatibleSchemaWith409UnderTheDefaultLevel() {
        registry.register("status-default", V1);

        Reply rejected = registry.post("/subjects/status-default/versions", schemaBody(WITH_PARTY));

        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.errorCode()).isEqualTo(409);
        assertThat(rejected.json().get("message").asString()).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(registry.register("status-default", WITH_NOTE)).isPositive();
    }

    @Test
    void answersCompatibilityChecksWithVerboseMessages() {
        registry.register("status-check", V1);

        assertThat(check("/compatibility/subjects/status-check/versions/latest", WITH_NOTE)
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isTrue();
        Reply incompatible = check("/compatibility/subjects/status-check/versions/1?verbose=true", WITH_PARTY);
        assertThat(incompatible.json().get("is_compatible").asBoolean()).isFalse();
        assertThat(incompatible.json().get("messages").toString()).contains("party");
        assertThat(check("/compatibility/subjects/status-check/versions", WITH_PARTY)
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isFalse();
        assertThat(check("/compatibility/subjects/status-check/versions?verbose=true", WITH_NOTE)
                        .json()
                        .get("messages")
                        .size())
                .isZero();
        assertThat(check("/compatibility/subjects/brand-new/versions/latest", WITH_PARTY)
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isTrue();
        assertError(check("/compatibility/subjects/status-check/versions/9", V1), 40402);
        assertError(check("/compatibility/subjects/nobody/versions/1", V1), 40401);
        assertError(check("/compatibility/subjects/status-check/versions/x", V1), 42202);
        assertError(check("/compatibility/subjects/status-check/versions/latest", "{\"type\":"), 42201);
    }

    @Test
    void enforcesForwardAndFullLevelsSetPerSubject() {
        registry.register("status-forward", V1);
        Reply set = registry.put("/config/status-forward", json(Map.of("compatibility", "FORWARD")));
        assertThat(set.json().get("compatibility").asString()).isEqualTo("FORWARD");

        // the old reader ignores a field it does not know: forward-compatible
        assertThat(registry.register("status-forward", WITH_PARTY)).isPositive();
        // dropping requestId, which the latest reader needs and has no default for, breaks it
        assertThat(registry.post("/subjects/status-forward/versions", schemaBody(record("Status", REQUIRED_PARTY)))
                        .status())
                .isEqualTo(409);

        registry.register("status-full", V1);
        registry.put("/config/status-full", json(Map.of("compatibility", "FULL")));
        assertThat(registry.post("/subjects/status-full/versions", schemaBody(WITH_PARTY))
                        .status())
                .isEqualTo(409);
        assertThat(registry.register("status-full", WITH_NOTE)).isPositive();
    }

    @Test
    void checksEveryLiveVersionUnderATransitiveLevel() {
        String onlyNote = record("Status", OPTIONAL_NOTE);
        // reads version 2 (requestId missing: default) but not version 1 (requestId a string, not an int)
        String intId = record("Status", OPTIONAL_NOTE, "{\"name\":\"requestId\",\"type\":\"int\",\"default\":0}");
        registry.register("status-transitive", V1);
        registry.put("/config/status-transitive", json(Map.of("compatibility", "NONE")));
        registry.register("status-transitive", onlyNote);

        registry.put("/config/status-transitive", json(Map.of("compatibility", "BACKWARD")));
        assertThat(isCompatible("/compatibility/subjects/status-transitive/versions", intId))
                .as("BACKWARD checks the latest version only")
                .isTrue();
        registry.put("/config/status-transitive", json(Map.of("compatibility", "BACKWARD_TRANSITIVE")));
        assertThat(isCompatible("/compatibility/subjects/status-transitive/versions", intId))
                .isFalse();
        assertThat(isCompatible("/compatibility/subjects/status-transitive/versions/latest", intId))
                .isFalse();
        assertThat(registry.post("/subjects/status-transitive/versions", schemaBody(intId))
                        .status())
                .isEqualTo(409);
        // a soft-deleted version no longer constrains
        registry.delete("/subjects/status-transitive/versions/1");
        assertThat(registry.register("status-transitive", intId)).isPositive();
    }

    @Test
    void setsReadsAndResetsGlobalAndSubjectLevels() {
        assertThat(registry.get("/config").json().get("compatibilityLevel").asString())
                .isEqualTo("BACKWARD");
        assertError(registry.get("/config/status-levels"), 40408);
        assertThat(registry.get("/config/status-levels?defaultToGlobal=true")
                        .json()
                        .get("compatibilityLevel")
                        .asString())
                .isEqualTo("BACKWARD");
        assertError(registry.put("/config", json(Map.of("compatibility", "SIDEWAYS"))), 42203);
        assertError(registry.put("/config/status-levels", json(Map.of("compatibility", "SIDEWAYS"))), 42203);

        registry.put("/config/status-levels", json(Map.of("compatibility", "full_transitive")));
        assertThat(registry.get("/config/status-levels")
                        .json()
                        .get("compatibilityLevel")
                        .asString())
                .isEqualTo("FULL_TRANSITIVE");
        assertThat(registry.delete("/config/status-levels")
                        .json()
                        .get("compatibilityLevel")
                        .asString())
                .isEqualTo("FULL_TRANSITIVE");
        assertError(registry.get("/config/status-levels"), 40408);
        assertError(registry.delete("/config/status-levels"), 40401);
    }

    @Test
    void changesTheGlobalLevelUntilReset() {
        // its own subject-free effect only: other tests of this context rely on BACKWARD
        Reply set = registry.put("/config", json(Map.of("compatibility", "NONE")));
        try {
            assertThat(set.json().get("compatibility").asString()).isEqualTo("NONE");
            assertThat(registry.get("/config").json().get("compatibilityLevel").asString())
                    .isEqualTo("NONE");
        } finally {
            assertThat(registry.delete("/config")
                            .json()
                            .get("compatibilityLevel")
                            .asString())
                    .isEqualTo("NONE");
        }
        assertThat(registry.get("/config").json().get("compatibilityLevel").asString())
                .isEqualTo("BACKWARD");
    }

    private boolean isCompatible(String path, String schema) {
        return check(path, schema).json().get("is_compatible").asBoolean();
    }

    private Reply check(String path, String schema) {
        return registry.post(path, schemaBody(schema));
    }

    private static void assertError(Reply reply, int errorCode) {
        assertThat(reply.errorCode()).as(reply.body()).isEqualTo(errorCode);
        assertThat(reply.status()).isEqualTo(errorCode / 100);
    }
}
