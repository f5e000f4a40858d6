package org.coophub.registry.compatibility;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.coophub.registry.store.SchemaVersion;
import org.springframework.stereotype.Component;

/** Decides compatibility with Avro's own {@link SchemaCompatibility}, as Confluent does. */
@Component
public class CompatibilityChecker {

    /**
     * Checks a proposed schema against live versions (oldest first) under a level.
     *
     * @return the incompatibilities, empty when compatible
     */
    public List<String> check(CompatibilityLevel level, Schema proposed, List<SchemaVersion> previous) {
        if (level == CompatibilityLevel.NONE || previous.isEmpty()) {
            return List.of();
        }
        List<SchemaVersion> against = level.transitive() ? previous : List.of(previous.get(previous.size() - 1));
        List<String> messages = new ArrayList<>();
        for (SchemaVersion version : against) {
            Schema existing = ProposedSchema.ParsedSchema.of(version.schema()).avro();
            if (level.backward()) {
                String direction = "the new schema cannot read data written with version " + version.version();
                describe(proposed, existing, direction, level, messages);
            }
            if (level.forward()) {
                String direction = "version " + version.version() + " cannot read data written with the new schema";
                describe(existing, proposed, direction, level, messages);
            }
        }
        return messages;
    }

    private static void describe(
            Schema reader, Schema writer, String direction, CompatibilityLevel level, List<String> messages) {
        List<Incompatibility> found = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities();
        for (Incompatibility incompatibility : found) {
            messages.add("{errorType:'%s', description:'%s: %s at path '%s'', additionalInfo:'%s', compatibility:'%s'}"
                    .formatted(
                            incompatibility.getType(),
                            direction,
                            incompatibility.getMessage(),
                            incompatibility.getLocation(),
                            incompatibility.getMessage(),
                            level));
        }
    }
}
