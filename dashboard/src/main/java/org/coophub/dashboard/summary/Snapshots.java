package org.coophub.dashboard.summary;

/** Where the figures take their {@link Snapshot} from. */
public interface Snapshots {

    /**
     * The latest snapshot; throws {@code InvalidStateStoreException} before the first one or while
     * the stores are not open (the API answers 503).
     */
    Snapshot current();
}
