package org.coophub.schemas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

class ContractSchemasTest {

    @Test
    void everySchemaFileParsesAndNamesItsJavaPackage() {
        List<Path> files = ContractSchemas.files(ContractSchemas.CURRENT);

        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactlyInAnyOrder(
                        "CourtMessage.avsc", "PartyMessage.avsc", "WarrantEvent.avsc", "PartyProfile.avsc");
        for (Path file : files) {
            Schema schema = ContractSchemas.parse(file);
            assertThat(schema.getNamespace()).startsWith("org.coophub.schemas.");
            assertThat(file.getFileName().toString()).isEqualTo(schema.getName() + ".avsc");
        }
    }

    @Test
    void generatedClassesCarryTheSchemaOfTheirFile() {
        for (Path file : ContractSchemas.files(ContractSchemas.CURRENT)) {
            Schema fromFile = ContractSchemas.parse(file);
            Class<?> generated = SpecificData.get().getClass(fromFile);

            assertThat(generated)
                    .as("generated class for %s", fromFile.getFullName())
                    .isNotNull();
            // the generator only adds "avro.java.string" hints for the Java type of strings
            String generatedJson =
                    SpecificData.get().getSchema(generated).toString().replace(",\"avro.java.string\":\"String\"", "");
            assertThat(new Schema.Parser().parse(generatedJson)).isEqualTo(fromFile);
        }
    }

    @Test
    void everyOptionalFieldAndEveryEnumHasADefault() {
        List<String> missing = new ArrayList<>();
        for (Path file : ContractSchemas.files(ContractSchemas.CURRENT)) {
            collectMissingDefaults(ContractSchemas.parse(file), missing, new ArrayList<>());
        }

        assertThat(missing).as("optional fields and enums without a default").isEmpty();
    }

    private static void collectMissingDefaults(Schema schema, List<String> missing, List<String> seen) {
        if (seen.contains(schema.getFullName())) {
            return;
        }
        switch (schema.getType()) {
            case RECORD -> {
                seen.add(schema.getFullName());
                for (Schema.Field field : schema.getFields()) {
                    boolean optional = field.schema().isNullable()
                            || field.schema().getType() == Schema.Type.ARRAY
                            || field.schema().getType() == Schema.Type.MAP;
                    if (optional && !field.hasDefaultValue()) {
                        missing.add(schema.getFullName() + "." + field.name());
                    }
                    collectMissingDefaults(field.schema(), missing, seen);
                }
            }
            case ENUM -> {
                seen.add(schema.getFullName());
                if (schema.getEnumDefault() == null) {
                    missing.add(schema.getFullName() + " (enum default for unknown symbols)");
                }
            }
            case UNION -> schema.getTypes().forEach(branch -> collectMissingDefaults(branch, missing, seen));
            case ARRAY -> collectMissingDefaults(schema.getElementType(), missing, seen);
            case MAP -> collectMissingDefaults(schema.getValueType(), missing, seen);
            default -> {}
        }
    }
}
