package org.coophub.registry.system;

import org.springframework.http.HttpStatus;

/**
 * A failure the REST API reports as Confluent does: {@code {"error_code": …, "message": …}} with
 * the HTTP status of the code's first three digits (40401 is a 404, 42201 a 422).
 */
public class RegistryException extends RuntimeException {

    private final int errorCode;

    public RegistryException(int errorCode, String message) {
        this(errorCode, message, null);
    }

    public RegistryException(int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }

    public HttpStatus status() {
        int status = errorCode < 1000 ? errorCode : errorCode / 100;
        return HttpStatus.valueOf(status);
    }

    public static RegistryException subjectNotFound(String subject) {
        return new RegistryException(40401, "Subject '%s' not found.".formatted(subject));
    }

    public static RegistryException versionNotFound(String subject, int version) {
        return new RegistryException(40402, "Version %d not found for subject '%s'.".formatted(version, subject));
    }

    public static RegistryException schemaNotFound(String what) {
        return new RegistryException(40403, "Schema not found: %s".formatted(what));
    }

    public static RegistryException invalidSchema(String message) {
        return new RegistryException(42201, message);
    }

    public static RegistryException invalidVersion(String version) {
        return new RegistryException(
                42202,
                ("The specified version '%s' is not a valid version id. "
                                + "Allowed values are between [1, 2^31-1] and the string \"latest\"")
                        .formatted(version));
    }

    public static RegistryException invalidCompatibilityLevel(Object level) {
        return new RegistryException(
                42203,
                "Invalid compatibility level '%s'. Valid values are NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,"
                                .formatted(level)
                        + " FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE");
    }

    public static RegistryException storeFailure(String message, Throwable cause) {
        return new RegistryException(50001, "Error in the backend data store: " + message, cause);
    }

    public static RegistryException timeout(String message) {
        return new RegistryException(50002, "Operation timed out: " + message);
    }
}
