package org.coophub.registry.subject;

import java.util.List;
import org.coophub.registry.compatibility.CompatibilityChecker;
import org.coophub.registry.compatibility.CompatibilityLevels;
import org.coophub.registry.compatibility.ProposedSchema;
import org.coophub.registry.store.KafkaStore;
import org.coophub.registry.store.RegistryState;
import org.coophub.registry.store.SchemaVersion;
import org.coophub.registry.store.StoreRecord;
import org.coophub.registry.system.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Registration and look-up of schemas under subjects. A schema gets one id wherever it is
 * registered, and registering a schema the subject already has live returns its version's id.
 */
@Service
class Subjects {

    private static final Logger log = LoggerFactory.getLogger(Subjects.class);

    private final KafkaStore store;
    private final CompatibilityLevels levels;
    private final CompatibilityChecker checker;

    Subjects(KafkaStore store, CompatibilityLevels levels, CompatibilityChecker checker) {
        this.store = store;
        this.levels = levels;
        this.checker = checker;
    }

    /** Registers the schema as the subject's next version, unless it is already live there; returns its id. */
    int register(String subject, ProposedSchema proposed) {
        ProposedSchema.ParsedSchema parsed = proposed.parse();
        return store.exclusively(() -> {
            RegistryState state = store.state();
            List<SchemaVersion> live = state.liveVersions(subject);
            for (SchemaVersion version : live) {
                if (version.schema().equals(parsed.text())) {
                    return version.id();
                }
            }
            List<String> problems = checker.check(levels.effective(subject), parsed.avro(), live);
            if (!problems.isEmpty()) {
                throw new RegistryException(
                        409,
                        "Schema being registered is incompatible with an earlier schema for subject \"%s\", details: %s"
                                .formatted(subject, problems));
            }
            List<SchemaVersion> all = state.versions(subject);
            int version = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
            int id = state.idOf(parsed.text()).orElseGet(state::nextId);
            store.write(List.of(StoreRecord.of(new SchemaVersion(subject, version, id, parsed.text(), false))));
            log.info("Registered schema id {} as version {} of subject {}", id, version, subject);
            return id;
        });
    }

    /** The subject's version holding this schema: 40401 without such subject, 40403 without the schema. */
    SchemaVersion lookUp(String subject, ProposedSchema proposed, boolean deleted) {
        ProposedSchema.ParsedSchema parsed = proposed.parse();
        RegistryState state = store.state();
        List<SchemaVersion> candidates = deleted ? state.versions(subject) : state.liveVersions(subject);
        if (candidates.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return candidates.stream()
                .filter(v -> v.schema().equals(parsed.text()))
                .reduce((older, newer) -> newer)
                .orElseThrow(
                        () -> RegistryException.schemaNotFound("not registered under subject '%s'".formatted(subject)));
    }

    /** All versions registered under an id, 40403 when none. */
    List<SchemaVersion> withId(String idText, boolean deleted) {
        int id = parseId(idText);
        List<SchemaVersion> versions = store.state().versionsWithId(id).stream()
                .filter(v -> deleted || !v.deleted())
                .toList();
        boolean known = !store.state().versionsWithId(id).isEmpty();
        if (!known) {
            throw RegistryException.schemaNotFound("schema %s not found".formatted(idText));
        }
        return versions;
    }

    /** The schema text of an id, as long as some version, even soft-deleted, still holds it. */
    String schemaText(String idText) {
        int id = parseId(idText);
        if (store.state().versionsWithId(id).isEmpty()) {
            throw RegistryException.schemaNotFound("schema %s not found".formatted(idText));
        }
        return store.state().schemaById(id).orElseThrow();
    }

    private static int parseId(String idText) {
        try {
            return Integer.parseInt(idText);
        } catch (NumberFormatException notAnId) {
            throw RegistryException.schemaNotFound("schema %s not found".formatted(idText));
        }
    }
}
