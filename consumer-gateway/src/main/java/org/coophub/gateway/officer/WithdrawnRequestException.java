package org.coophub.gateway.officer;

import java.time.Instant;

/** The Court withdrew this request: there is nothing left to report on it. */
class WithdrawnRequestException extends RuntimeException {

    WithdrawnRequestException(String requestId, Instant withdrawnAt) {
        super("Request " + requestId + " was withdrawn by the Court on " + withdrawnAt + "; no further reports");
    }
}
