package org.coophub.registry.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coophub.registry.system.RegistryException;

/**
 * The in-memory view of the schemas topic, changed only by the store's reader as it applies
 * records, read by the request threads. An id, once seen, stays bound to its schema text for the
 * life of the process, so that a schema registered again after a permanent delete keeps its id.
 */
public final class RegistryState {

    public static final int LATEST = -1;

    private final Map<String, TreeMap<Integer, SchemaVersion>> subjects = new HashMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, String> levels = new HashMap<>();
    private String globalLevel;
    private int maxId;

    synchronized void applySchema(StoreKey key, SchemaVersion value) {
        if (value == null) {
            TreeMap<Integer, SchemaVersion> versions = subjects.get(key.subject());
            if (versions != null) {
                versions.remove(key.version());
                if (versions.isEmpty()) {
                    subjects.remove(key.subject());
                }
            }
            return;
        }
        subjects.computeIfAbsent(value.subject(), s -> new TreeMap<>()).put(value.version(), value);
        schemasById.putIfAbsent(value.id(), value.schema());
        idsBySchema.putIfAbsent(value.schema(), value.id());
        maxId = Math.max(maxId, value.id());
    }

    synchronized void applyConfig(StoreKey key, ConfigValue value) {
        String level = value == null ? null : value.compatibilityLevel();
        if (key.subject() == null) {
            globalLevel = level;
        } else if (level == null) {
            levels.remove(key.subject());
        } else {
            levels.put(key.subject(), level);
        }
    }

    /** Every version of the subject still in the topic, soft-deleted ones included, oldest first. */
    public synchronized List<SchemaVersion> versions(String subject) {
        TreeMap<Integer, SchemaVersion> versions = subjects.get(subject);
        return versions == null ? List.of() : List.copyOf(versions.values());
    }

    /** The live versions of the subject, oldest first. */
    public List<SchemaVersion> liveVersions(String subject) {
        return versions(subject).stream().filter(v -> !v.deleted()).toList();
    }

    /**
     * The version named by a path segment: a number, or {@code latest} / {@code -1} for the newest.
     * Soft-deleted versions count only when {@code deleted}. Fails with 42202, 40401 or 40402.
     */
    public SchemaVersion find(String subject, String versionText, boolean deleted) {
        int wanted = parseVersion(versionText);
        List<SchemaVersion> candidates = deleted ? versions(subject) : liveVersions(subject);
        if (candidates.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if (wanted == LATEST) {
            return candidates.get(candidates.size() - 1);
        }
        return candidates.stream()
                .filter(v -> v.version() == wanted)
                .findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(subject, wanted));
    }

    /** A version number, or {@link #LATEST}; 42202 for anything else. */
    public static int parseVersion(String text) {
        if ("latest".equalsIgnoreCase(text)) {
            return LATEST;
        }
        try {
            int version = Integer.parseInt(text);
            if (version == LATEST || version > 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as Confluent does
        }
        throw RegistryException.invalidVersion(text);
    }

    /** Subjects with at least one version, or one live version unless {@code deleted}. */
    public synchronized SortedSet<String> subjects(boolean deleted) {
        SortedSet<String> names = new TreeSet<>();
        subjects.forEach((subject, versions) -> {
            if (deleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
                names.add(subject);
            }
        });
        return names;
    }

    /** Versions of any subject registered under this id, soft-deleted ones included. */
    public synchronized List<SchemaVersion> versionsWithId(int id) {
        List<SchemaVersion> found = new ArrayList<>();
        subjects.values()
                .forEach(versions ->
                        versions.values().stream().filter(v -> v.id() == id).forEach(found::add));
        return found;
    }

    public synchronized Optional<String> schemaById(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    public synchronized Optional<Integer> idOf(String schema) {
        return Optional.ofNullable(idsBySchema.get(schema));
    }

    public synchronized int nextId() {
        return maxId + 1;
    }

    /** The level set for the subject, or the global one when subject is null. */
    public synchronized Optional<String> level(String subject) {
        return Optional.ofNullable(subject == null ? globalLevel : levels.get(subject));
    }
}
