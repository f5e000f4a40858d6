package org.coophub.dashboard.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * A large answer written as JSON once and sent as those bytes until the figures give another
 * answer: the overdue table is megabytes at a million requests, and the answer itself is kept per
 * snapshot, so its identity says when to write it again.
 */
final class JsonOnce {

    private final JsonMapper json;
    private volatile Written written;

    private record Written(Object answer, byte[] bytes) {}

    JsonOnce(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> of(Object answer) {
        Written known = written;
        if (known == null || known.answer() != answer) {
            known = new Written(answer, json.writeValueAsBytes(answer));
            written = known;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(known.bytes());
    }
}
