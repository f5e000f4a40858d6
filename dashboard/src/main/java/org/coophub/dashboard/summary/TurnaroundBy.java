package org.coophub.dashboard.summary;

import java.util.Locale;

/** What the turnaround table is keyed by. */
public enum TurnaroundBy {
    PARTY,
    GROUP,
    TYPE;

    public static TurnaroundBy parse(String value) {
        if (value == null || value.isBlank()) {
            return TYPE;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownFilter("by=" + value + ": party, group or type");
        }
    }

    String key(Cell cell) {
        return switch (this) {
            case PARTY -> cell.party();
            case GROUP -> cell.group();
            case TYPE -> cell.type();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
