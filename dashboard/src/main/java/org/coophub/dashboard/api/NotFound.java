package org.coophub.dashboard.api;

/** Nothing the hub knows by that id. */
final class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
