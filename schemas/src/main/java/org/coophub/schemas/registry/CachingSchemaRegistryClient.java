package org.coophub.schemas.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Caches what never changes in a registry — a schema's id, an id's schema — so that only the first
 * record of each kind costs an HTTP call. The latest version of a subject may change, so it is kept
 * for a configurable time only.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private record SubjectSchema(String subject, Schema schema) {}

    private record Latest(RegisteredSchema schema, Instant fetchedAt) {}

    private final SchemaRegistryClient delegate;
    private final Map<SubjectSchema, Integer> registered;
    private final Map<SubjectSchema, Integer> found;
    private final Map<Integer, Schema> byId;
    private final Map<String, Latest> latest;
    private final Duration latestTtl;
    private final Clock clock;

    /**
     * @param capacity entries kept per cache before the least recently used goes
     * @param latestTtl how long a subject's latest version is trusted; negative means for ever
     */
    public CachingSchemaRegistryClient(SchemaRegistryClient delegate, int capacity, Duration latestTtl, Clock clock) {
        this.delegate = delegate;
        this.registered = lru(capacity);
        this.found = lru(capacity);
        this.byId = lru(capacity);
        this.latest = lru(capacity);
        this.latestTtl = latestTtl;
        this.clock = clock;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = registered.get(key);
        if (id == null) {
            id = delegate.register(subject, schema);
            registered.put(key, id);
            byId.putIfAbsent(id, schema);
        }
        return id;
    }

    @Override
    public int idOf(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer id = registered.containsKey(key) ? registered.get(key) : found.get(key);
        if (id == null) {
            id = delegate.idOf(subject, schema);
            found.put(key, id);
            byId.putIfAbsent(id, schema);
        }
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = byId.get(id);
        if (schema == null) {
            schema = delegate.schemaById(id);
            byId.put(id, schema);
        }
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        Latest cached = latest.get(subject);
        Instant now = clock.instant();
        if (cached != null
                && (latestTtl.isNegative() || cached.fetchedAt().plus(latestTtl).isAfter(now))) {
            return cached.schema();
        }
        RegisteredSchema fresh = delegate.latest(subject);
        latest.put(subject, new Latest(fresh, now));
        byId.putIfAbsent(fresh.id(), fresh.schema());
        return fresh;
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
