package org.coophub.registry.compatibility;

import java.util.Arrays;
import org.coophub.registry.system.RegistryException;

/**
 * Confluent's compatibility levels. BACKWARD: the new schema (reader) reads data written with the
 * previous one; FORWARD: the previous reads data written with the new; FULL: both; TRANSITIVE:
 * against every live version, not only the latest.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    boolean backward() {
        return backward;
    }

    boolean forward() {
        return forward;
    }

    boolean transitive() {
        return transitive;
    }

    /** The level by name, case-insensitive, or 42203. */
    static CompatibilityLevel parse(String name) {
        return Arrays.stream(values())
                .filter(level -> level.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst()
                .orElseThrow(() -> RegistryException.invalidCompatibilityLevel(name));
    }
}
