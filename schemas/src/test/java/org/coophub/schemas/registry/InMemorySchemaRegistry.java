package org.coophub.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A registry in memory for serde unit tests that are about the wire format, not the registry (the
 * real registry is tested over HTTP in {@code schema-registry/}). Counts calls so tests can see the
 * cache at work.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

    private final Map<Schema, Integer> ids = new HashMap<>();
    private final Map<Integer, Schema> schemas = new HashMap<>();
    private final Map<String, List<Integer>> subjects = new HashMap<>();
    private int calls;

    @Override
    public synchronized int register(String subject, Schema schema) {
        calls++;
        int id = ids.computeIfAbsent(schema, s -> {
            int next = ids.size() + 1;
            schemas.put(next, s);
            return next;
        });
        List<Integer> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(id)) {
            versions.add(id);
        }
        return id;
    }

    @Override
    public synchronized int idOf(String subject, Schema schema) {
        calls++;
        Integer id = ids.get(schema);
        if (id == null || !subjects.getOrDefault(subject, List.of()).contains(id)) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found");
        }
        return id;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        calls++;
        Schema schema = schemas.get(id);
        if (schema == null) {
            throw new UnknownSchemaIdException(id, "memory");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        calls++;
        List<Integer> versions = subjects.get(subject);
        if (versions == null) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject not found");
        }
        int id = versions.get(versions.size() - 1);
        return new RegisteredSchema(subject, versions.size(), id, schemas.get(id));
    }

    public synchronized int calls() {
        return calls;
    }
}
