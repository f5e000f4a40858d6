package org.coophub.gateway.officer;

/** No request with this id is in the inbox. */
class UnknownRequestException extends RuntimeException {

    UnknownRequestException(String requestId) {
        super("No request " + requestId + " in the inbox");
    }
}
