package org.coophub.producer.dispatch;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.coophub.producer.system.RequestConflict;
import org.coophub.producer.system.RequestRejected;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /requests/batch}: many requests (backfill, migration), each dispatched on its own,
 * answered as NDJSON, one line per request as soon as it is done.
 */
@RestController
class BatchController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final Dispatcher dispatcher;
    private final JsonMapper json;

    BatchController(Dispatcher dispatcher, JsonMapper json) {
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @Operation(summary = "Dispatch many requests; one NDJSON line per request: index, status, result or errors")
    @PostMapping(value = "/requests/batch", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> dispatch(@RequestBody List<RequestForm> forms) {
        StreamingResponseBody body = out -> {
            for (int i = 0; i < forms.size(); i++) {
                out.write(json.writeValueAsBytes(outcome(i, forms.get(i))));
                out.write("\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    private Map<String, Object> outcome(int index, RequestForm form) {
        try {
            Dispatcher.Outcome outcome = dispatcher.dispatch(form);
            return Map.of("index", index, "status", outcome.created() ? 201 : 200, "result", outcome.result());
        } catch (RequestRejected rejected) {
            return Map.of("index", index, "status", 400, "errors", rejected.problems());
        } catch (RequestConflict conflict) {
            return Map.of("index", index, "status", 409, "detail", conflict.getMessage());
        }
    }
}
