package org.coophub.dashboard.summary;

import java.time.YearMonth;
import org.coophub.dashboard.lifecycle.FigureCell;
import org.coophub.dashboard.lifecycle.PackedFigures;

/** A {@link FigureCell} summed over the tasks that hold its key, packed, with its key's parts. */
record Cell(String party, String group, String type, YearMonth month, PackedFigures figures) {

    boolean matches(Filter filter) {
        return filter.matches(party, group, type, month);
    }
}
