package org.coophub.gateway.inbox;

import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;

/** What an officer filters the inbox by; a null field does not filter. */
public record InboxFilter(RequestStatus status, RequestType type, Boolean overdue) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null);
    }
}
