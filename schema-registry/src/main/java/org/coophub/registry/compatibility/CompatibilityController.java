package org.coophub.registry.compatibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coophub.registry.store.KafkaStore;
import org.coophub.registry.store.RegistryState;
import org.coophub.registry.store.SchemaVersion;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Confluent's {@code /compatibility} resource: would this schema be accepted? A read-only look-up,
 * open to every client even when writers are configured.
 */
@RestController
@RequestMapping("/compatibility/subjects/{subject}/versions")
class CompatibilityController {

    private final KafkaStore store;
    private final CompatibilityLevels levels;
    private final CompatibilityChecker checker;

    CompatibilityController(KafkaStore store, CompatibilityLevels levels, CompatibilityChecker checker) {
        this.store = store;
        this.levels = levels;
        this.checker = checker;
    }

    /** Against the one version named (every live version for {@code latest} under a transitive level). */
    @PostMapping("/{version}")
    Map<String, Object> againstVersion(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean verbose,
            @RequestBody ProposedSchema proposed) {
        ProposedSchema.ParsedSchema parsed = proposed.parse();
        CompatibilityLevel level = levels.effective(subject);
        RegistryState state = store.state();
        List<SchemaVersion> previous;
        if (RegistryState.parseVersion(version) == RegistryState.LATEST) {
            List<SchemaVersion> live = state.liveVersions(subject);
            previous = level.transitive() || live.isEmpty() ? live : List.of(live.get(live.size() - 1));
        } else {
            previous = List.of(state.find(subject, version, false));
        }
        return answer(checker.check(level, parsed.avro(), previous), verbose);
    }

    /** Against the live versions the level names, as a registration would be checked. */
    @PostMapping
    Map<String, Object> againstSubject(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean verbose,
            @RequestBody ProposedSchema proposed) {
        ProposedSchema.ParsedSchema parsed = proposed.parse();
        List<String> messages = checker.check(
                levels.effective(subject), parsed.avro(), store.state().liveVersions(subject));
        return answer(messages, verbose);
    }

    private static Map<String, Object> answer(List<String> messages, boolean verbose) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("is_compatible", messages.isEmpty());
        if (verbose) {
            answer.put("messages", messages);
        }
        return answer;
    }
}
