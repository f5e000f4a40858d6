package org.coophub.dashboard.api;

/** A filter value the API does not offer. */
final class UnsupportedFilter extends RuntimeException {

    UnsupportedFilter(String message) {
        super(message);
    }
}
