package org.coophub.registry.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The key of a record in the schemas topic, shaped like Confluent's: {@code {"keytype":"SCHEMA",
 * "subject":…,"version":…,"magic":1}} for a schema version, {@code {"keytype":"CONFIG",
 * "subject":…,"magic":0}} for a compatibility level (no subject: the global one). The field order
 * is fixed so that equal keys serialize to equal bytes and compaction keeps only the latest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoreKey(String keytype, String subject, Integer version, int magic) {

    static final String SCHEMA = "SCHEMA";
    static final String CONFIG = "CONFIG";

    public static StoreKey schema(String subject, int version) {
        return new StoreKey(SCHEMA, subject, version, 1);
    }

    /** The key of a subject's compatibility level, or of the global one when subject is null. */
    public static StoreKey config(String subject) {
        return new StoreKey(CONFIG, subject, null, 0);
    }
}
