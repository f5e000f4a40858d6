package org.coophub.gateway.receipt;

import org.coophub.gateway.inbox.InboxEntry;

/**
 * Called after the inbox transaction committed and before the receipt is sent. Lets a test fail the
 * listener at the one moment that matters (DB committed, Kafka not): no production bean implements it.
 */
interface AfterInboxCommit {

    void stored(InboxEntry entry);
}
