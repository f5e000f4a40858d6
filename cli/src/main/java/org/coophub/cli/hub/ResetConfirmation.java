package org.coophub.cli.hub;

import java.util.function.Supplier;

/**
 * How {@code reset} learns the user agrees to wipe {@code .coophub/}: {@code --yes}, or a line typed
 * at a terminal.
 *
 * @param yes {@code --yes} was given: no question is asked
 * @param terminal reads the answer from the terminal, or null when stdin is not one
 */
public record ResetConfirmation(boolean yes, Supplier<String> terminal) {

    /** The word the user types to confirm. */
    static final String WORD = "reset";

    /** {@code --yes}: no question. */
    public static ResetConfirmation assumeYes() {
        return new ResetConfirmation(true, null);
    }
}
