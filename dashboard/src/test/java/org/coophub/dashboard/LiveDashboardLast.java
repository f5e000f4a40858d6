package org.coophub.dashboard;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the {@link LiveDashboard} classes after every other test class of the module, one after
 * the other, and leaves the order of the others as it was. Their shared application keeps running
 * until the engine ends; a full-application test with a context of its own (same application id,
 * same broker) must not start while it runs, so those go first and clean up after themselves.
 * Configured in {@code junit-platform.properties}.
 */
public final class LiveDashboardLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: the other classes keep their order
        context.getClassDescriptors()
                .sort(Comparator.comparing(
                        descriptor -> LiveDashboard.class.isAssignableFrom(descriptor.getTestClass())));
    }
}
