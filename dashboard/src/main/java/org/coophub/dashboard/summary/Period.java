package org.coophub.dashboard.summary;

import java.time.YearMonth;
import java.util.Locale;

/** How the breakdown and the backlog group months: {@code 2017-10}, {@code 2017-Q4}, {@code 2017}. */
public enum Period {
    MONTH,
    QUARTER,
    YEAR;

    public static Period parse(String value) {
        if (value == null || value.isBlank()) {
            return MONTH;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownFilter("period=" + value + ": month, quarter or year");
        }
    }

    String label(YearMonth month) {
        return switch (this) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(month.getYear());
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
