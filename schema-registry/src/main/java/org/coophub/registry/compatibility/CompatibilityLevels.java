package org.coophub.registry.compatibility;

import java.util.List;
import java.util.Optional;
import org.coophub.registry.store.ConfigValue;
import org.coophub.registry.store.KafkaStore;
import org.coophub.registry.store.StoreKey;
import org.coophub.registry.store.StoreRecord;
import org.coophub.registry.system.RegistrySettings;
import org.springframework.stereotype.Component;

/**
 * The level in force for a subject: its own, else the global one set by {@code PUT /config}, else
 * {@code coophub.registry.default-compatibility}. Levels are records of the schemas topic too.
 */
@Component
public class CompatibilityLevels {

    private final KafkaStore store;
    private final RegistrySettings settings;

    CompatibilityLevels(KafkaStore store, RegistrySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public CompatibilityLevel effective(String subject) {
        return own(subject).orElseGet(this::global);
    }

    CompatibilityLevel global() {
        return store.state()
                .level(null)
                .map(CompatibilityLevel::valueOf)
                .orElseGet(() -> CompatibilityLevel.parse(settings.defaultCompatibility()));
    }

    /** The subject's own level; the global one when subject is null. */
    Optional<CompatibilityLevel> own(String subject) {
        return store.state().level(subject).map(CompatibilityLevel::valueOf);
    }

    void set(String subject, CompatibilityLevel level) {
        store.write(List.of(new StoreRecord(StoreKey.config(subject), new ConfigValue(level.name()))));
    }

    void reset(String subject) {
        store.write(List.of(StoreRecord.tombstone(StoreKey.config(subject))));
    }
}
