package org.coophub.producer.system;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the service's refusals to RFC 9457 {@code application/problem+json}; a rejected request
 * lists every problem under {@code errors}, so the Registry fixes them all in one go.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail rejected(RequestRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage());
        problem.setType(URI.create("urn:coophub:problem:invalid-request"));
        problem.setTitle("Invalid request");
        List<FieldProblem> errors = rejected.problems();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(RequestConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setType(URI.create("urn:coophub:problem:id-conflict"));
        problem.setTitle("Id already used for other content");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound notFound) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
