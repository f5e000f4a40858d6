package org.coophub.registry.subject;

import java.util.List;
import java.util.Map;
import org.coophub.registry.store.SchemaVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Confluent's {@code /schemas/ids} resource, what a deserializer calls with the id found in a
 * record. Soft-deleted versions keep their id resolvable: records written with it stay readable.
 */
@RestController
@RequestMapping("/schemas/ids/{id}")
class SchemaIdController {

    private final Subjects subjects;

    SchemaIdController(Subjects subjects) {
        this.subjects = subjects;
    }

    record SubjectVersion(String subject, int version) {}

    /** {@code subject} (sent by Confluent's deserializers) names a context this registry does not have. */
    @GetMapping
    Map<String, String> schema(@PathVariable String id, @RequestParam(required = false) String subject) {
        return Map.of("schema", subjects.schemaText(id));
    }

    @GetMapping("/schema")
    ResponseEntity<String> rawSchema(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(subjects.schemaText(id));
    }

    @GetMapping("/versions")
    List<SubjectVersion> versions(@PathVariable String id, @RequestParam(defaultValue = "false") boolean deleted) {
        return subjects.withId(id, deleted).stream()
                .map(v -> new SubjectVersion(v.subject(), v.version()))
                .toList();
    }

    @GetMapping("/subjects")
    List<String> subjectNames(@PathVariable String id, @RequestParam(defaultValue = "false") boolean deleted) {
        return subjects.withId(id, deleted).stream()
                .map(SchemaVersion::subject)
                .distinct()
                .sorted()
                .toList();
    }
}
