package org.coophub.schemas.registry;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The registry answered with an error: {@code errorCode} is Confluent's (40401 subject not found,
 * 40403 schema not found, 409 incompatible, 42201 invalid schema, ...).
 */
public class SchemaRegistryException extends SerializationException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(int httpStatus, int errorCode, String message) {
        super(message + " (HTTP " + httpStatus + ", error code " + errorCode + ")");
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }
}
