package org.coophub.dashboard.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import org.coophub.dashboard.lifecycle.OpenRequest;

/** An open request with its party's regional group and its month of dispatch, parsed once. */
record Open(OpenRequest request, String group, YearMonth month) {

    boolean matches(Filter filter) {
        return filter.matches(request.party(), group, request.requestType(), month);
    }

    boolean overdue(LocalDate today) {
        return request.dueBy() != null && request.dueBy() < today.toEpochDay();
    }
}
