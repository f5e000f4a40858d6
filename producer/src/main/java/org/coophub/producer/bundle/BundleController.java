package org.coophub.producer.bundle;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /bundles}. */
@RestController
class BundleController {

    private final BundleDispatcher dispatcher;

    BundleController(BundleDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Operation(summary = "Dispatch one coordinated action to several addressees: all of it or none of it")
    @PostMapping("/bundles")
    ResponseEntity<BundleResult> dispatch(@RequestBody BundleForm bundle) {
        BundleDispatcher.Outcome outcome = dispatcher.dispatch(bundle);
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(outcome.result());
    }
}
