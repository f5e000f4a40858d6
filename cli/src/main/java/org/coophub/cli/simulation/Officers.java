package org.coophub.cli.simulation;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officers of the real gateways, reporting progress through their REST API along the same
 * behaviour model as the simulated authorities (the gateway acknowledges receipt itself). Steps go
 * one after another; a request the gateway has not stored yet (404) is tried again a day later.
 */
final class Officers {

    private static final Logger log = LoggerFactory.getLogger(Officers.class);
    private static final int MAX_ATTEMPTS = 30;

    private final Map<String, URI> gateways;
    private final BehaviourModel model;
    private final Web web;
    private final ScheduledExecutorService executor;
    private final Duration day;
    private final Clock clock;
    private final Tally tally;

    Officers(
            Map<String, URI> gateways,
            BehaviourModel model,
            Web web,
            ScheduledExecutorService executor,
            Duration day,
            Clock clock,
            Tally tally) {
        this.gateways = Map.copyOf(gateways);
        this.model = model;
        this.web = web;
        this.executor = executor;
        this.day = day;
        this.clock = clock;
        this.tally = tally;
    }

    boolean drives(String party) {
        return gateways.containsKey(party);
    }

    /** Plans the officers' answers to a request just dispatched to a real gateway. */
    void follow(String party, String requestId, RequestType type) {
        List<Answer> steps = model.profile(party).answers(requestId, 1, type).stream()
                .filter(answer -> !answer.isReceipt())
                .toList();
        if (steps.isEmpty()) {
            log.info("{} officers will never answer {}", party, requestId);
            return;
        }
        schedule(party, requestId, steps, 0, 0, 1);
    }

    private void schedule(
            String party, String requestId, List<Answer> steps, int index, double elapsedDays, int attempt) {
        Answer step = steps.get(index);
        double waitDays = Math.max(0, step.afterDays() - elapsedDays);
        executor.schedule(
                () -> report(party, requestId, steps, index, step.afterDays(), attempt),
                (long) (day.toMillis() * waitDays),
                TimeUnit.MILLISECONDS);
    }

    private void report(String party, String requestId, List<Answer> steps, int index, double atDays, int attempt) {
        Answer step = steps.get(index);
        URI inbox = gateways.get(party).resolve("/api/inbox/" + requestId + "/");
        Web.Reply reply;
        try {
            reply = step.status() == RequestStatus.IN_CONSULTATION
                    ? web.postJson(
                            inbox.resolve("consultations"),
                            Json.object(
                                    RequestForms.fields("grounds", step.reasons(), "legalBasis", step.legalBasis())))
                    : web.postJson(
                            inbox.resolve("status"),
                            Json.object(RequestForms.fields(
                                    "status", step.status().name(),
                                    "reasons", step.reasons(),
                                    "legalBasis", step.legalBasis(),
                                    "postponedUntil", postponedUntil(step))));
        } catch (IOException e) {
            reply = new Web.Reply(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Tally.Counts counts = tally.of(party);
        if (reply.ok()) {
            counts.statusUpdates.increment();
            if (step.isOutcome()) {
                counts.answered.increment();
            }
            log.info("{} officer reported {} on {} through the gateway", party, step.status(), requestId);
            if (index + 1 < steps.size()) {
                schedule(party, requestId, steps, index + 1, atDays, 1);
            }
        } else if ((reply.status() == 404 || reply.status() < 0) && attempt < MAX_ATTEMPTS) {
            // not in the inbox yet (or the gateway is down): a day later
            executor.schedule(
                    () -> report(party, requestId, steps, index, atDays, attempt + 1),
                    day.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            counts.failures.increment();
            log.warn(
                    "{} officer could not report {} on {}: HTTP {} {}; giving up on it",
                    party,
                    step.status(),
                    requestId,
                    reply.status(),
                    reply.body());
        }
    }

    private String postponedUntil(Answer step) {
        return step.status() == RequestStatus.POSTPONED
                ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                        .plusDays(step.postponedForDays())
                        .toString()
                : null;
    }
}
