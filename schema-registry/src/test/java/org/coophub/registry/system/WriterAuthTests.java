package org.coophub.registry.system;

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
            "coophub.registry.topic=_schemas_secured",
            "coophub.registry.writers.court=court-secret"
        })
class WriterAuthTests {

    static final String ORDER = record("Order", "{\"name\":\"orderId\",\"type\":\"string\"}");

    @LocalServerPort
    int port;

    RegistryHttp anonymous;
    RegistryHttp court;

    @BeforeEach
    void connect() {
        anonymous = RegistryHttp.at(port);
        court = anonymous.as("court", "court-secret");
    }

    @Test
    void refusesMutatingRequestsWithoutAWritersCredentials() {
        assertUnauthorized(anonymous.post("/subjects/orders/versions", schemaBody(ORDER)));
        assertUnauthorized(anonymous.as("court", "wrong").post("/subjects/orders/versions", schemaBody(ORDER)));
        assertUnauthorized(
                anonymous.as("gateway-fra", "court-secret").post("/subjects/orders/versions", schemaBody(ORDER)));
        assertUnauthorized(anonymous.put("/config", json(Map.of("compatibility", "NONE"))));
        assertUnauthorized(anonymous.put("/config/orders", json(Map.of("compatibility", "NONE"))));
        assertUnauthorized(anonymous.delete("/config"));
        assertUnauthorized(anonymous.delete("/subjects/orders"));
        assertUnauthorized(anonymous.delete("/subjects/orders/versions/1"));
        assertThat(anonymous.get("/subjects").json().toString()).doesNotContain("orders");
    }

    @Test
    void letsTheCourtWriteAndEveryoneRead() {
        int id = court.register("orders", ORDER);

        assertThat(anonymous.get("/schemas/ids/" + id).status()).isEqualTo(200);
        assertThat(anonymous.get("/subjects/orders/versions/latest").status()).isEqualTo(200);
        assertThat(anonymous
                        .post("/subjects/orders", schemaBody(ORDER))
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(id);
        assertThat(anonymous
                        .post("/compatibility/subjects/orders/versions/latest", schemaBody(ORDER))
                        .json()
                        .get("is_compatible")
                        .asBoolean())
                .isTrue();
        assertThat(court.put("/config/orders", json(Map.of("compatibility", "FULL")))
                        .status())
                .isEqualTo(200);
    }

    private static void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.errorCode()).isEqualTo(40101);
        assertThat(reply.json().get("message").asString()).isNotBlank();
    }
}
