package org.coophub.gateway.officer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.coophub.schemas.response.RequestStatus;

/** An officer's report of progress on a request. */
record StatusChange(
        @NotNull RequestStatus status,
        @Size(max = 4000) String reasons,
        @Size(max = 512) String legalBasis,
        LocalDate postponedUntil) {

    @JsonIgnore
    @AssertTrue(
            message = "must be one an officer may report: IN_PROGRESS, PARTIALLY_EXECUTED, EXECUTED, POSTPONED,"
                    + " REFUSED or UNABLE_TO_EXECUTE (IN_CONSULTATION: POST .../consultations)")
    boolean isStatusReportable() {
        return status == null
                || switch (status) {
                    case RECEIVED, IN_CONSULTATION, UNKNOWN -> false;
                    default -> true;
                };
    }

    // arts. 94 and 95: a postponement is for a period, on a stated ground
    @JsonIgnore
    @AssertTrue(message = "postponedUntil (a future date) and legalBasis are required when status is POSTPONED")
    boolean isPostponementComplete() {
        return status != RequestStatus.POSTPONED
                || (postponedUntil != null && postponedUntil.isAfter(LocalDate.now()) && hasText(legalBasis));
    }

    // art. 93(5)/(6): the requested State informs the Court of the reasons for a refusal
    @JsonIgnore
    @AssertTrue(message = "reasons are required when status is REFUSED, UNABLE_TO_EXECUTE or PARTIALLY_EXECUTED")
    boolean isReasonGivenWhereRequired() {
        return !(status == RequestStatus.REFUSED
                        || status == RequestStatus.UNABLE_TO_EXECUTE
                        || status == RequestStatus.PARTIALLY_EXECUTED)
                || hasText(reasons);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
