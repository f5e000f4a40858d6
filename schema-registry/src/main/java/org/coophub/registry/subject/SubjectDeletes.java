package org.coophub.registry.subject;

import java.util.ArrayList;
import java.util.List;
import org.coophub.registry.store.KafkaStore;
import org.coophub.registry.store.RegistryState;
import org.coophub.registry.store.SchemaVersion;
import org.coophub.registry.store.StoreKey;
import org.coophub.registry.store.StoreRecord;
import org.coophub.registry.system.RegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deletes the Confluent way: first soft (the version is hidden but its id still resolves, so
 * records already written with it stay readable), then, and only then, permanent (tombstones that
 * compaction removes from the topic).
 */
@Service
class SubjectDeletes {

    private static final Logger log = LoggerFactory.getLogger(SubjectDeletes.class);

    private final KafkaStore store;

    SubjectDeletes(KafkaStore store) {
        this.store = store;
    }

    List<Integer> deleteSubject(String subject, boolean permanent) {
        return store.exclusively(() -> {
            RegistryState state = store.state();
            List<SchemaVersion> all = state.versions(subject);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            List<SchemaVersion> live = state.liveVersions(subject);
            List<StoreRecord> records = new ArrayList<>();
            if (!permanent) {
                if (live.isEmpty()) {
                    throw new RegistryException(
                            40404,
                            "Subject '%s' was soft deleted.Set permanent=true to delete permanently"
                                    .formatted(subject));
                }
                live.forEach(v -> records.add(StoreRecord.of(v.softDeleted())));
            } else {
                if (!live.isEmpty()) {
                    throw new RegistryException(
                            40405,
                            "Subject '%s' was not deleted first before being permanently deleted".formatted(subject));
                }
                all.forEach(v -> records.add(StoreRecord.tombstone(StoreKey.schema(subject, v.version()))));
                if (state.level(subject).isPresent()) {
                    records.add(StoreRecord.tombstone(StoreKey.config(subject)));
                }
            }
            store.write(records);
            log.info("Deleted subject {} ({})", subject, permanent ? "permanently" : "soft");
            return (permanent ? all : live).stream().map(SchemaVersion::version).toList();
        });
    }

    int deleteVersion(String subject, String versionText, boolean permanent) {
        int wanted = RegistryState.parseVersion(versionText);
        return store.exclusively(() -> {
            RegistryState state = store.state();
            List<SchemaVersion> all = state.versions(subject);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            SchemaVersion target = wanted == RegistryState.LATEST
                    ? state.find(subject, versionText, permanent)
                    : all.stream()
                            .filter(v -> v.version() == wanted)
                            .findFirst()
                            .orElseThrow(() -> RegistryException.versionNotFound(subject, wanted));
            if (!permanent && target.deleted()) {
                throw new RegistryException(
                        40406,
                        "Subject '%s' Version %d was soft deleted.Set permanent=true to delete permanently"
                                .formatted(subject, target.version()));
            }
            if (permanent && !target.deleted()) {
                throw new RegistryException(
                        40407,
                        "Subject '%s' Version %d was not deleted first before being permanently deleted"
                                .formatted(subject, target.version()));
            }
            store.write(List.of(
                    permanent
                            ? StoreRecord.tombstone(StoreKey.schema(subject, target.version()))
                            : StoreRecord.of(target.softDeleted())));
            log.info(
                    "Deleted version {} of subject {} ({})",
                    target.version(),
                    subject,
                    permanent ? "permanently" : "soft");
            return target.version();
        });
    }
}
