package org.coophub.registry.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns every failure of the API into Confluent's {@code {"error_code", "message"}} body. */
@RestControllerAdvice
class RegistryErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(RegistryErrorHandler.class);

    @ExceptionHandler(RegistryException.class)
    ResponseEntity<ErrorBody> registryFailure(RegistryException failure) {
        if (failure.status().is5xxServerError()) {
            log.error("Request failed with {}: {}", failure.errorCode(), failure.getMessage(), failure);
        }
        return ResponseEntity.status(failure.status()).body(new ErrorBody(failure.errorCode(), failure.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadableBody(HttpMessageNotReadableException failure) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(new ErrorBody(
                        400,
                        "Unreadable request body: "
                                + failure.getMostSpecificCause().getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException failure) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ErrorBody(415, failure.getMessage()));
    }
}
