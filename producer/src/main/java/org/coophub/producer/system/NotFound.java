package org.coophub.producer.system;

/** No request, warrant or bundle with that id (answered 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
