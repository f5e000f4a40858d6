package org.coophub.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coophub.registry.RegistryHttp.json;
import static org.coophub.registry.RegistryHttp.record;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.coophub.registry.RegistryHttp;
import org.coophub.registry.SchemaRegistryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The topic is the whole state: a fresh registry over the same topic knows everything the last one did. */
class RestartTests {

    static final String TOPIC = "_schemas_restart";
    static final String FIELD = "{\"name\":\"warrantId\",\"type\":\"string\"}";
    static final String OPTIONAL = "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}";

    @Test
    void keepsEveryIdVersionDeleteAndLevelAcrossARestart() throws Exception {
        int a;
        int b;
        int c;
        try (ConfigurableApplicationContext first = start()) {
            RegistryHttp registry = RegistryHttp.at(port(first));
            a = registry.register("warrants-value", record("Warrant", FIELD));
            b = registry.register("warrants-value", record("Warrant", FIELD, OPTIONAL));
            c = registry.register("other-value", record("Other", FIELD));
            assertThat(registry.register("copies-value", record("Warrant", FIELD)))
                    .isEqualTo(a);
            registry.delete("/subjects/warrants-value/versions/1");
            registry.put("/config/warrants-value", json(Map.of("compatibility", "FULL_TRANSITIVE")));
            registry.put("/config", json(Map.of("compatibility", "FORWARD")));
        }

        try (ConfigurableApplicationContext second = start()) {
            RegistryHttp registry = RegistryHttp.at(port(second));
            assertThat(registry.get("/subjects").json().toString())
                    .isEqualTo("[\"copies-value\",\"other-value\",\"warrants-value\"]");
            assertThat(registry.get("/subjects/warrants-value/versions").json().toString())
                    .isEqualTo("[2]");
            assertThat(registry.get("/subjects/warrants-value/versions?deleted=true")
                            .json()
                            .toString())
                    .isEqualTo("[1,2]");
            assertThat(registry.get("/subjects/warrants-value/versions/2")
                            .json()
                            .get("id")
                            .asInt())
                    .isEqualTo(b);
            assertThat(registry.get("/subjects/other-value/versions/1")
                            .json()
                            .get("id")
                            .asInt())
                    .isEqualTo(c);
            assertThat(registry.get("/schemas/ids/" + a + "/subjects?deleted=true")
                            .json()
                            .toString())
                    .isEqualTo("[\"copies-value\",\"warrants-value\"]");
            assertThat(registry.get("/config/warrants-value")
                            .json()
                            .get("compatibilityLevel")
                            .asString())
                    .isEqualTo("FULL_TRANSITIVE");
            assertThat(registry.get("/config").json().get("compatibilityLevel").asString())
                    .isEqualTo("FORWARD");
            // same schema again: same id; a new one: the next id, never a reused one
            assertThat(registry.register("again-value", record("Other", FIELD))).isEqualTo(c);
            assertThat(registry.register("new-value", record("New", FIELD))).isEqualTo(Math.max(a, Math.max(b, c)) + 1);
        }
    }

    @Test
    void createsItsTopicCompactedWithOnePartition() throws Exception {
        try (ConfigurableApplicationContext registry = start();
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers()))) {
            TopicDescription topic = admin.describeTopics(List.of(TOPIC))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(TOPIC);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            String policy = admin.describeConfigs(List.of(resource))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(resource)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                    .value();

            assertThat(topic.partitions()).hasSize(1);
            assertThat(policy).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    private static ConfigurableApplicationContext start() {
        // command-line arguments, as the launcher passes them: they win over application.yml
        return new SpringApplicationBuilder(SchemaRegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + brokers(),
                        "--coophub.registry.topic=" + TOPIC);
    }

    private static String brokers() {
        return System.getProperty("spring.embedded.kafka.brokers");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
