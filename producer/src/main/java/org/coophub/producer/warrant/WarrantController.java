package org.coophub.producer.warrant;

import io.swagger.v3.oas.annotations.Operation;
import org.coophub.producer.system.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /warrants} and {@code POST /warrants/{id}/events}. */
@RestController
class WarrantController {

    private static final String EVENTS = "/events";

    private final WarrantRegistry registry;

    WarrantController(WarrantRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Register an arrest warrant (sends ISSUED); 200 with no body if already registered alike")
    @PostMapping("/warrants")
    ResponseEntity<WarrantForms.Recorded> issue(@RequestBody WarrantForms.Issued warrant) {
        WarrantForms.Recorded recorded = registry.issue(warrant);
        return recorded == null
                ? ResponseEntity.ok().build()
                : ResponseEntity.status(HttpStatus.CREATED).body(recorded);
    }

    /**
     * Warrant ids contain slashes ({@code ICC-01/04-02/06-36}), so the id is the whole path between
     * {@code /warrants/} and {@code /events}, written as is.
     */
    @Operation(
            summary = "Record a step in a warrant's life: POST /warrants/{warrantId}/events (the id as is, slashes"
                    + " included)")
    @PostMapping("/warrants/{*path}")
    @ResponseStatus(HttpStatus.CREATED)
    WarrantForms.Recorded event(@PathVariable String path, @RequestBody WarrantForms.Event event) {
        if (!path.endsWith(EVENTS) || path.length() <= EVENTS.length() + 1) {
            throw new NotFound("Nothing at /warrants" + path + "; events go to /warrants/{warrantId}/events");
        }
        return registry.record(path.substring(1, path.length() - EVENTS.length()), event);
    }
}
