package org.coophub.producer.system;

/** The same id was already used for other content (answered 409): ids are never reused. */
public class RequestConflict extends RuntimeException {

    public RequestConflict(String message) {
        super(message);
    }
}
