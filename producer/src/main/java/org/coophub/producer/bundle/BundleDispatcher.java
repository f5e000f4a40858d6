package org.coophub.producer.bundle;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coophub.producer.dispatch.DispatchResult;
import org.coophub.producer.dispatch.DispatchStore;
import org.coophub.producer.dispatch.Dispatcher;
import org.coophub.producer.dispatch.RequestForm;
import org.coophub.producer.dispatch.RequestValidator;
import org.coophub.producer.system.FieldProblem;
import org.coophub.producer.system.RequestConflict;
import org.coophub.producer.system.RequestRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Validates every request of a bundle, then records them all under one outbox batch. */
@Service
class BundleDispatcher {

    /** The answer, and whether it is new (201) or the original one replayed (200). */
    record Outcome(BundleResult result, boolean created) {}

    private final Dispatcher dispatcher;
    private final RequestValidator validator;
    private final DispatchStore store;
    private final Validator beans;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BundleDispatcher(
            Dispatcher dispatcher,
            RequestValidator validator,
            DispatchStore store,
            Validator beans,
            TransactionTemplate transactions,
            Clock clock) {
        this.dispatcher = dispatcher;
        this.validator = validator;
        this.store = store;
        this.beans = beans;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome dispatch(BundleForm bundle) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<BundleForm> violation : beans.validate(bundle)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        List<RequestForm> requests = bundle.requests() == null ? List.of() : bundle.requests();
        if (requests.isEmpty()) {
            problems.add(new FieldProblem("requests", "a bundle needs at least one request"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems);
        }
        Optional<Outcome> replay = replay(requests);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (bundle.coordinationId() != null && store.coordinationUsed(bundle.coordinationId())) {
            throw new RequestConflict(
                    "Coordination id " + bundle.coordinationId() + " is already used by other requests");
        }
        for (int i = 0; i < requests.size(); i++) {
            problems.addAll(validator.problems(requests.get(i), "requests[" + i + "]."));
            if (requests.get(i) != null && requests.get(i).imported() != null) {
                problems.add(new FieldProblem(
                        "requests[" + i + "].imported",
                        "a coordinated action of the past goes through POST /requests/batch, its requests sharing"
                                + " imported.coordinationId"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems.stream().sorted().toList());
        }
        String coordinationId =
                bundle.coordinationId() != null ? bundle.coordinationId() : "ICC-COORD-" + UUID.randomUUID();
        // the wire carries milliseconds: the stored answer must equal the replayed one
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant notBefore =
                bundle.embargoUntil() != null && bundle.embargoUntil().isAfter(now) ? bundle.embargoUntil() : now;
        String batchId = UUID.randomUUID().toString();
        List<DispatchResult> results = transactions.execute(status -> requests.stream()
                .map(dispatcher::withAssignedId)
                .map(form -> dispatcher.record(form, batchId, coordinationId, notBefore, now))
                .toList());
        return new Outcome(new BundleResult(coordinationId, notBefore, results), true);
    }

    /** The original bundle if every request is a replay; 409 if only some are. */
    private Optional<Outcome> replay(List<RequestForm> requests) {
        List<DispatchResult> replayed = new ArrayList<>();
        for (RequestForm form : requests) {
            dispatcher.replay(form).ifPresent(replayed::add);
        }
        if (replayed.isEmpty()) {
            return Optional.empty();
        }
        if (replayed.size() != requests.size()) {
            throw new RequestConflict(
                    "Part of this bundle was already dispatched; a bundle goes out whole or not at all");
        }
        var first = store.find(replayed.get(0).requestId()).orElseThrow();
        return Optional.of(new Outcome(new BundleResult(first.coordinationId(), first.notBefore(), replayed), false));
    }
}
