package org.coophub.schemas.registry;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The registry could not be reached or failed on its side (connection refused, timeout, HTTP 5xx).
 * Retriable: the record is not at fault, so a consumer waits and tries again instead of
 * dead-lettering it.
 */
public class SchemaRegistryUnavailableException extends RetriableException {

    public SchemaRegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaRegistryUnavailableException(String message) {
        super(message);
    }
}
