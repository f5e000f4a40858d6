package org.coophub.registry.store;

/**
 * A record to write to the schemas topic: a {@link SchemaVersion} or {@link ConfigValue}, or null
 * for a tombstone (a permanent delete, or a config reset).
 */
public record StoreRecord(StoreKey key, Object value) {

    public static StoreRecord of(SchemaVersion version) {
        return new StoreRecord(StoreKey.schema(version.subject(), version.version()), version);
    }

    public static StoreRecord tombstone(StoreKey key) {
        return new StoreRecord(key, null);
    }
}
