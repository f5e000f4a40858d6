package org.coophub.registry.subject;

import org.coophub.registry.store.SchemaVersion;

/**
 * A subject's version as Confluent answers it. {@code schemaType} is left out, as Confluent does
 * for Avro, the only type this registry holds.
 */
record SchemaBody(String subject, int version, int id, String schema) {

    static SchemaBody of(SchemaVersion version) {
        return new SchemaBody(version.subject(), version.version(), version.id(), version.schema());
    }
}
