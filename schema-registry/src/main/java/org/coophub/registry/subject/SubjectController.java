package org.coophub.registry.subject;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.coophub.registry.compatibility.ProposedSchema;
import org.coophub.registry.store.KafkaStore;
import org.coophub.registry.store.SchemaVersion;
import org.coophub.registry.system.RegistryException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Confluent's {@code /subjects} resource. */
@RestController
@RequestMapping("/subjects")
class SubjectController {

    private final KafkaStore store;
    private final Subjects subjects;
    private final SubjectDeletes deletes;

    SubjectController(KafkaStore store, Subjects subjects, SubjectDeletes deletes) {
        this.store = store;
        this.subjects = subjects;
        this.deletes = deletes;
    }

    @GetMapping
    SortedSet<String> subjects(
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestParam(defaultValue = "") String subjectPrefix) {
        SortedSet<String> names = store.state().subjects(deleted);
        names.removeIf(name -> !name.startsWith(subjectPrefix));
        return names;
    }

    @PostMapping("/{subject}/versions")
    Map<String, Integer> register(@PathVariable String subject, @RequestBody(required = false) ProposedSchema body) {
        return Map.of("id", subjects.register(subject, orEmpty(body)));
    }

    /** A read-only look-up despite the POST: open even when writers are configured. */
    @PostMapping("/{subject}")
    SchemaBody lookUp(
            @PathVariable String subject,
            @RequestParam(defaultValue = "false") boolean deleted,
            @RequestBody(required = false) ProposedSchema body) {
        return SchemaBody.of(subjects.lookUp(subject, orEmpty(body), deleted));
    }

    @GetMapping("/{subject}/versions")
    List<Integer> versions(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean deleted) {
        List<SchemaVersion> versions =
                deleted ? store.state().versions(subject) : store.state().liveVersions(subject);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions.stream().map(SchemaVersion::version).toList();
    }

    @GetMapping("/{subject}/versions/{version}")
    SchemaBody version(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean deleted) {
        return SchemaBody.of(store.state().find(subject, version, deleted));
    }

    @GetMapping("/{subject}/versions/{version}/schema")
    ResponseEntity<String> rawSchema(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean deleted) {
        String schema = store.state().find(subject, version, deleted).schema();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(schema);
    }

    /** Schema references are not supported, so no version is ever referenced. */
    @GetMapping("/{subject}/versions/{version}/referencedby")
    List<Integer> referencedBy(@PathVariable String subject, @PathVariable String version) {
        store.state().find(subject, version, true);
        return List.of();
    }

    @DeleteMapping("/{subject}")
    List<Integer> deleteSubject(@PathVariable String subject, @RequestParam(defaultValue = "false") boolean permanent) {
        return deletes.deleteSubject(subject, permanent);
    }

    @DeleteMapping("/{subject}/versions/{version}")
    int deleteVersion(
            @PathVariable String subject,
            @PathVariable String version,
            @RequestParam(defaultValue = "false") boolean permanent) {
        return deletes.deleteVersion(subject, version, permanent);
    }

    private static ProposedSchema orEmpty(ProposedSchema body) {
        return body == null ? new ProposedSchema(null, null, null) : body;
    }
}
