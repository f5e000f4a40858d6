package org.coophub.registry.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One version of a subject, as kept in the topic under a {@code SCHEMA} key. {@code schema} is the
 * text as Avro prints the parsed schema, the form by which an identical schema finds its id again.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {

    public SchemaVersion softDeleted() {
        return new SchemaVersion(subject, version, id, schema, true);
    }
}
