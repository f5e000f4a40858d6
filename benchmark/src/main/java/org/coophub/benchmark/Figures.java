package org.coophub.benchmark;

import java.util.Locale;

/** Number formatting for the figures block. */
final class Figures {

    private Figures() {}

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
