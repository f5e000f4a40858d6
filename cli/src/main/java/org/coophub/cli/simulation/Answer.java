package org.coophub.cli.simulation;

import org.coophub.schemas.response.RequestStatus;

/**
 * One message an authority will send about a request, {@code afterDays} simulated days after it
 * received it: the receipt acknowledgement ({@code status} null) or a status update.
 *
 * @param postponedForDays for {@link RequestStatus#POSTPONED}: how many calendar days from now
 */
record Answer(double afterDays, RequestStatus status, String legalBasis, String reasons, int postponedForDays) {

    static Answer receipt(double afterDays) {
        return new Answer(afterDays, null, null, null, 0);
    }

    static Answer status(double afterDays, RequestStatus status, String legalBasis, String reasons) {
        return new Answer(afterDays, status, legalBasis, reasons, 0);
    }

    static Answer postponement(double afterDays, int days, String reasons) {
        return new Answer(afterDays, RequestStatus.POSTPONED, "art. 94(1)", reasons, days);
    }

    boolean isReceipt() {
        return status == null;
    }

    /** Whether this answer ends the request: executed (in part or in full), postponed or refused. */
    boolean isOutcome() {
        return status != null
                && switch (status) {
                    case EXECUTED, PARTIALLY_EXECUTED, POSTPONED, REFUSED, UNABLE_TO_EXECUTE -> true;
                    default -> false;
                };
    }
}
