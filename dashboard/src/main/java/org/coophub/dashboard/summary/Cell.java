package org.coophub.dashboard.summary;

import java.time.YearMonth;
import org.coophub.dashboard.lifecycle.FigureCell;

/** A {@link FigureCell} summed over the tasks that hold its key, with its key's parts. */
record Cell(String party, String group, String type, YearMonth month, FigureCell figures) {

    boolean matches(Filter filter) {
        return filter.matches(party, group, type, month);
    }
}
