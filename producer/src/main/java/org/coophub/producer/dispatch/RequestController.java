package org.coophub.producer.dispatch;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.coophub.producer.outbox.Outbox;
import org.coophub.producer.system.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /requests} and {@code GET /requests/{id}}. */
@RestController
class RequestController {

    private final Dispatcher dispatcher;
    private final DispatchStore store;
    private final Outbox outbox;

    RequestController(Dispatcher dispatcher, DispatchStore store, Outbox outbox) {
        this.dispatcher = dispatcher;
        this.store = store;
        this.outbox = outbox;
    }

    @Operation(summary = "Validate and dispatch one request: 201 new, 200 a replay of the same id and content")
    @PostMapping("/requests")
    ResponseEntity<DispatchResult> dispatch(@RequestBody RequestForm form) {
        Dispatcher.Outcome outcome = dispatcher.dispatch(form);
        DispatchResult result = outcome.result();
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/requests/" + result.requestId()))
                .body(result);
    }

    @Operation(summary = "What was dispatched and when")
    @GetMapping("/requests/{requestId}")
    DispatchedRequest find(@PathVariable String requestId) {
        StoredRequest stored =
                store.find(requestId).orElseThrow(() -> new NotFound("No request " + requestId + " was dispatched"));
        RequestForm request = dispatcher.parse(stored.body());
        return new DispatchedRequest(
                stored.requestId(),
                stored.addressee(),
                stored.revision(),
                stored.coordinationId(),
                stored.messageId(),
                stored.dispatchedAt(),
                stored.notBefore(),
                outbox.sentAt(stored.messageId()).orElse(null),
                request,
                request.imported() == null ? null : request.imported().source());
    }
}
