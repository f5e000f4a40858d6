package org.coophub.gateway.receipt;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coophub.gateway.inbox.InboxEntry;
import org.springframework.boot.test.context.TestComponent;

/** Fails the listener once, after the inbox commit and before the Kafka commit, for armed requests. */
@TestComponent
public class CrashAfterInboxCommit implements AfterInboxCommit {

    private final Set<String> armed = ConcurrentHashMap.newKeySet();
    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    void arm(String requestId) {
        armed.add(requestId);
    }

    boolean crashed(String requestId) {
        return crashed.contains(requestId);
    }

    @Override
    public void stored(InboxEntry entry) {
        if (armed.remove(entry.requestId())) {
            crashed.add(entry.requestId());
            throw new IllegalStateException("Simulated crash after the inbox commit of " + entry.requestId());
        }
    }
}
