package org.coophub.dashboard.api;

import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.coophub.dashboard.summary.UnknownFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors as RFC 9457 problem details. */
@RestControllerAdvice
class ProblemHandler {

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unsupported(UnsupportedFilter e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownFilter e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The stores open only once Kafka Streams is RUNNING (after a start or a rebalance). */
    @ExceptionHandler
    ProblemDetail notReady(InvalidStateStoreException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The figures are not ready yet: " + e.getMessage());
    }
}
