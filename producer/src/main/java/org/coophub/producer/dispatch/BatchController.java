package org.coophub.producer.dispatch;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.coophub.producer.system.RequestRejected;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /requests/batch}: many requests (backfill, migration, the imported history of the
 * seeded scenario), each judged on its own, answered as NDJSON, one line per request once it is
 * committed. The new requests are recorded {@value #CHUNK} at a time in one database transaction
 * and one outbox batch, so 1,500 requests take 15 Kafka transactions, not 1,500.
 */
@RestController
class BatchController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);

    /** Requests recorded per database transaction, and so per Kafka transaction. */
    static final int CHUNK = 100;

    private final Dispatcher dispatcher;
    private final JsonMapper json;

    BatchController(Dispatcher dispatcher, JsonMapper json) {
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @Operation(
            summary = "Dispatch many requests; one NDJSON line per request: index, status, result or errors",
            description = "Each request is judged on its own: 201 new, 200 a replay of the same id and content (a"
                    + " retried batch is answered from the store), 400 with its errors, 409 same id other content."
                    + " The new ones are recorded " + CHUNK + " at a time, each group in one database transaction"
                    + " and one Kafka transaction; a line is written once its request is committed. A request of"
                    + " the past carries `imported` {dispatchedAt, source, coordinationId?, events?[{kind,"
                    + " status?, legalBasis?, occurredAt}]}: it is sent now with its historic dispatchedAt and"
                    + " the Registry's record of what happened to it.")
    @PostMapping(value = "/requests/batch", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> dispatch(@RequestBody List<RequestForm> forms) {
        StreamingResponseBody body = out -> {
            for (int from = 0; from < forms.size(); from += CHUNK) {
                List<Dispatcher.Attempt> attempts =
                        dispatcher.dispatchAll(forms.subList(from, Math.min(from + CHUNK, forms.size())));
                for (int k = 0; k < attempts.size(); k++) {
                    out.write(json.writeValueAsBytes(line(from + k, attempts.get(k))));
                    out.write(NEWLINE);
                }
                out.flush();
            }
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    private static Map<String, Object> line(int index, Dispatcher.Attempt attempt) {
        if (attempt.outcome() != null) {
            Dispatcher.Outcome outcome = attempt.outcome();
            return Map.of("index", index, "status", outcome.created() ? 201 : 200, "result", outcome.result());
        }
        if (attempt.refusal() instanceof RequestRejected rejected) {
            return Map.of("index", index, "status", 400, "errors", rejected.problems());
        }
        return Map.of("index", index, "status", 409, "detail", attempt.refusal().getMessage());
    }
}
