package org.coophub.schemas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * The request contract evolves under FULL_TRANSITIVE: the current schemas read every released
 * version's records, and every released version reads the current schemas' records — an old gateway
 * keeps reading new requests.
 */
class ContractCompatibilityTest {

    @Test
    void currentSchemasAreFullyCompatibleWithEveryReleasedVersion() {
        Map<String, Schema> current = byName(ContractSchemas.files(ContractSchemas.CURRENT));
        List<Path> releases = ContractSchemas.releasedVersions();
        assertThat(releases)
                .as("released versions under %s", ContractSchemas.RELEASED)
                .isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (Path release : releases) {
            Map<String, Schema> released = byName(ContractSchemas.files(release));
            assertThat(current.keySet())
                    .as("a released record type may not disappear (%s)", release.getFileName())
                    .containsAll(released.keySet());
            released.forEach((name, old) -> problems.addAll(fullIncompatibilities(old, current.get(name), release)));
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void compatibilityCheckRejectsARequiredFieldAddedWithoutDefault() {
        Schema released = ContractSchemas.parse(ContractSchemas.RELEASED.resolve("v1/WarrantEvent.avsc"));
        Schema broken = withExtraRequiredField(released);

        assertThat(fullIncompatibilities(released, broken, Path.of("v1"))).isNotEmpty();
    }

    private static List<String> fullIncompatibilities(Schema old, Schema current, Path release) {
        List<String> problems = new ArrayList<>();
        check(current, old, "current cannot read " + release.getFileName(), problems);
        check(old, current, release.getFileName() + " cannot read current", problems);
        return problems;
    }

    private static void check(Schema reader, Schema writer, String what, List<String> problems) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult();
        if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE) {
            result.getIncompatibilities()
                    .forEach(i -> problems.add(
                            reader.getFullName() + ": " + what + ": " + i.getMessage() + " at " + i.getLocation()));
        }
    }

    private static Schema withExtraRequiredField(Schema schema) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(new Schema.Field("arrestingAuthority", Schema.create(Schema.Type.STRING)));
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static Map<String, Schema> byName(List<Path> files) {
        return files.stream()
                .map(ContractSchemas::parse)
                .collect(Collectors.toMap(Schema::getFullName, Function.identity()));
    }
}
