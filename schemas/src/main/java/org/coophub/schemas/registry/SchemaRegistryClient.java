package org.coophub.schemas.registry;

import org.apache.avro.Schema;

/**
 * What the serde needs from a schema registry. Every method may throw {@link
 * SchemaRegistryUnavailableException} (retriable) or a {@link SchemaRegistryException} carrying the
 * registry's error code.
 */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject} (or finds it there) and returns its global id. */
    int register(String subject, Schema schema);

    /** The id of {@code schema} already registered under {@code subject}; never registers. */
    int idOf(String subject, Schema schema);

    /** The schema with this global id. */
    Schema schemaById(int id);

    /** The latest version under {@code subject}. */
    RegisteredSchema latest(String subject);
}
