package org.coophub.registry.compatibility;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import org.coophub.registry.store.KafkaStore;
import org.coophub.registry.system.RegistryException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Confluent's {@code /config} resource: the global and per-subject compatibility levels. */
@RestController
@RequestMapping("/config")
class ConfigController {

    private final CompatibilityLevels levels;
    private final KafkaStore store;

    ConfigController(CompatibilityLevels levels, KafkaStore store) {
        this.levels = levels;
        this.store = store;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConfigUpdate(String compatibility) {}

    @GetMapping
    Map<String, String> global() {
        return Map.of("compatibilityLevel", levels.global().name());
    }

    @PutMapping
    Map<String, String> setGlobal(@RequestBody ConfigUpdate update) {
        CompatibilityLevel level = CompatibilityLevel.parse(update.compatibility());
        levels.set(null, level);
        return Map.of("compatibility", level.name());
    }

    @DeleteMapping
    Map<String, String> resetGlobal() {
        CompatibilityLevel previous = levels.global();
        levels.reset(null);
        return Map.of("compatibilityLevel", previous.name());
    }

    @GetMapping("/{subject}")
    Map<String, String> subject(
            @PathVariable String subject, @RequestParam(defaultValue = "false") boolean defaultToGlobal) {
        CompatibilityLevel level = levels.own(subject)
                .or(() -> defaultToGlobal ? java.util.Optional.of(levels.global()) : java.util.Optional.empty())
                .orElseThrow(() -> noSubjectLevel(subject));
        return Map.of("compatibilityLevel", level.name());
    }

    @PutMapping("/{subject}")
    Map<String, String> setSubject(@PathVariable String subject, @RequestBody ConfigUpdate update) {
        CompatibilityLevel level = CompatibilityLevel.parse(update.compatibility());
        levels.set(subject, level);
        return Map.of("compatibility", level.name());
    }

    @DeleteMapping("/{subject}")
    Map<String, String> resetSubject(@PathVariable String subject) {
        CompatibilityLevel previous = levels.own(subject).orElseThrow(() -> {
            boolean known = !store.state().versions(subject).isEmpty();
            return known ? noSubjectLevel(subject) : RegistryException.subjectNotFound(subject);
        });
        levels.reset(subject);
        return Map.of("compatibilityLevel", previous.name());
    }

    private static RegistryException noSubjectLevel(String subject) {
        return new RegistryException(
                40408, "Subject '%s' does not have subject-level compatibility configured".formatted(subject));
    }
}
