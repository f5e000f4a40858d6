package org.coophub.registry.system;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The resources that belong to no feature: the root, the (fixed) mode and the schema types. */
@RestController
class RootController {

    @GetMapping("/")
    Map<String, Object> root() {
        return Map.of();
    }

    @GetMapping({"/mode", "/mode/{subject}"})
    Map<String, String> mode(@PathVariable(required = false) String subject) {
        return Map.of("mode", "READWRITE");
    }

    @GetMapping("/schemas/types")
    List<String> schemaTypes() {
        return List.of("AVRO");
    }
}
