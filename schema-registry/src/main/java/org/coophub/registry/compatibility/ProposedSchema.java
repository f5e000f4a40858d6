package org.coophub.registry.compatibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.apache.avro.Schema;
import org.coophub.registry.system.RegistryException;

/**
 * The body of a register, look-up or compatibility request: Confluent's
 * {@code {"schema", "schemaType", "references"}}, of which this registry accepts Avro without
 * references only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProposedSchema(String schema, String schemaType, List<Object> references) {

    /** Parses the schema with Avro, or fails with 42201. */
    public ParsedSchema parse() {
        if (schemaType != null && !"AVRO".equalsIgnoreCase(schemaType)) {
            throw RegistryException.invalidSchema(
                    "Schema type %s is not supported: this registry supports AVRO only".formatted(schemaType));
        }
        if (references != null && !references.isEmpty()) {
            throw RegistryException.invalidSchema("schema references are not supported yet");
        }
        if (schema == null || schema.isBlank()) {
            throw RegistryException.invalidSchema("Empty schema");
        }
        return ParsedSchema.of(schema);
    }

    /** An Avro schema with the text by which the registry compares it to registered ones. */
    public record ParsedSchema(Schema avro, String text) {

        /**
         * Parses registered or proposed text. {@code text} is Avro's own printing of the parsed schema:
         * whitespace and key order no longer matter, but docs, defaults and aliases still do (the
         * parsing canonical form would drop them and merge schemas that are not the same).
         */
        public static ParsedSchema of(String schema) {
            try {
                Schema avro = new Schema.Parser().parse(schema);
                return new ParsedSchema(avro, avro.toString());
            } catch (RuntimeException invalid) {
                throw RegistryException.invalidSchema("Invalid schema: " + invalid.getMessage());
            }
        }
    }
}
