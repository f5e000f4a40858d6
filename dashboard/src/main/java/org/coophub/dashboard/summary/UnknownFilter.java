package org.coophub.dashboard.summary;

/** A filter value the figures do not know: an unknown party, group, type, month or period. */
public final class UnknownFilter extends RuntimeException {

    public UnknownFilter(String message) {
        super(message);
    }
}
