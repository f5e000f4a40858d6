package org.coophub.cli.hub;

import java.util.List;

/**
 * A situation the user can fix: the message is one line naming the cause and the next step;
 * {@link #details()} may carry the tail of a component's log.
 */
public final class HubException extends RuntimeException {

    private final List<String> details;

    public HubException(String message) {
        this(message, List.of());
    }

    public HubException(String message, List<String> details) {
        super(message, null, false, false);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
