package org.coophub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SerdeConfigTest {

    @Test
    void readsConfluentPropertyNames() {
        SerdeConfig config = SerdeConfig.from(
                Map.of(
                        "schema.registry.url", "http://a:8081, http://b:8081",
                        "auto.register.schemas", "false",
                        "use.latest.version", "true",
                        "specific.avro.reader", true,
                        "key.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy",
                        "basic.auth.credentials.source", "USER_INFO",
                        "basic.auth.user.info", "court:pw",
                        "http.read.timeout.ms", "2500"),
                true);

        assertThat(config.registry().urls()).hasSize(2);
        assertThat(config.registry().userInfo()).isEqualTo("court:pw");
        assertThat(config.registry().requestTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.autoRegisterSchemas()).isFalse();
        assertThat(config.useLatestVersion()).isTrue();
        assertThat(config.specificAvroReader()).isTrue();
        assertThat(config.subjectNameStrategy()).isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
    }

    @Test
    void defaultsAreConfluents() {
        SerdeConfig config = SerdeConfig.from(Map.of("schema.registry.url", "http://127.0.0.1:8081"), false);

        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.specificAvroReader()).isFalse();
        assertThat(config.subjectNameStrategy()).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
        assertThat(config.registry().userInfo()).isNull();
    }

    @Test
    void explainsAMissingRegistryUrl() {
        assertThatThrownBy(() -> SerdeConfig.from(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url is required");
    }

    @Test
    void refusesUnknownStrategiesAndMalformedValues() {
        assertThatThrownBy(() -> SerdeConfig.from(
                        Map.of("schema.registry.url", "http://x", "value.subject.name.strategy", "com.example.Mine"),
                        false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown subject name strategy");
        assertThatThrownBy(() -> SerdeConfig.from(Map.of("schema.registry.url", "x:8081"), false))
                .hasMessageContaining("http://");
        assertThatThrownBy(() -> SerdeConfig.from(
                        Map.of("schema.registry.url", "http://x", "auto.register.schemas", "yes"), false))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> SerdeConfig.from(
                        Map.of("schema.registry.url", "http://x", "basic.auth.user.info", "court"), false))
                .hasMessageContaining("user:password");
    }

    @Test
    void neverPrintsThePassword() {
        SerdeConfig config = SerdeConfig.from(
                Map.of("schema.registry.url", "http://x", "basic.auth.user.info", "court:s3cret"), false);

        assertThat(config.registry().toString()).contains("court").doesNotContain("s3cret");
    }
}
