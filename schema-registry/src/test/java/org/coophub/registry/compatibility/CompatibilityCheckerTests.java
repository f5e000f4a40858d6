package org.coophub.registry.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.avro.Schema;
import org.coophub.registry.store.SchemaVersion;
import org.coophub.registry.system.RegistryException;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTests {

    static final String V1 =
            "{\"type\":\"record\",\"name\":\"Ack\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    static final String WITH_REQUIRED =
            "{\"type\":\"record\",\"name\":\"Ack\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"party\",\"type\":\"string\"}]}";
    static final String WITH_DEFAULT =
            "{\"type\":\"record\",\"name\":\"Ack\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"party\",\"type\":\"string\",\"default\":\"ICC\"}]}";

    final CompatibilityChecker checker = new CompatibilityChecker();

    @Test
    void namesTheMissingDefaultWhenANewReaderCannotReadOldData() {
        List<String> messages =
                checker.check(CompatibilityLevel.BACKWARD, parse(WITH_REQUIRED), List.of(version(1, V1)));

        assertThat(messages)
                .singleElement()
                .asString()
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("party");
    }

    @Test
    void acceptsAnAddedFieldWithADefaultUnderFull() {
        assertThat(checker.check(CompatibilityLevel.FULL, parse(WITH_DEFAULT), List.of(version(1, V1))))
                .isEmpty();
    }

    @Test
    void acceptsAnythingUnderNone() {
        String other = "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\"]}";
        assertThat(checker.check(CompatibilityLevel.NONE, parse(other), List.of(version(1, V1))))
                .isEmpty();
    }

    @Test
    void parsesLevelsCaseInsensitivelyAndRejectsOthersWith42203() {
        assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS"))
                .isInstanceOfSatisfying(
                        RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42203));
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

    private static SchemaVersion version(int version, String schema) {
        return new SchemaVersion("acks", version, version, schema, false);
    }
}
