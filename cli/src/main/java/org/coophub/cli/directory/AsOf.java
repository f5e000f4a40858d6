package org.coophub.cli.directory;

import java.time.LocalDate;
import java.util.Locale;

/** Which States Parties list seeds the directory: a column of {@code states-parties.csv}. */
public enum AsOf {
    /** The 123 States Parties at the Bureau's report on cooperation (ICC-ASP/16/17). */
    BUREAU_REPORT(LocalDate.of(2017, 11, 22)),
    /** Today's 124 States Parties. */
    TODAY(LocalDate.of(2026, 11, 26));

    private final LocalDate date;

    AsOf(LocalDate date) {
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }

    /** Accepts the date ({@code 2017-11-22}, {@code 2026-11-26}) or {@code today}. */
    public static AsOf parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        for (AsOf asOf : values()) {
            if (asOf.date.toString().equals(value)) {
                return asOf;
            }
        }
        if (value.equals("today")) {
            return TODAY;
        }
        throw new IllegalArgumentException(
                "'" + text + "': the list exists as of 2017-11-22 (the default) or 2026-11-26 (today)");
    }
}
