package org.coophub.cli.simulation;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live traffic: the court dispatches new requests through the producer at {@code perMinute} on
 * average (exponential gaps), to parties weighted as plausible: a few receive many requests, most
 * a handful, and the real gateways more than their share so that they are seen working.
 */
final class CourtTraffic {

    private static final Logger log = LoggerFactory.getLogger(CourtTraffic.class);

    /** A party the court may address, with its weight. */
    record Addressee(Parties.Party party, double weight) {}

    private final List<Addressee> addressees;
    private final double totalWeight;
    private final double perMinute;
    private final URI producer;
    private final Web web;
    private final Officers officers;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Tally tally;
    private final SplittableRandom random;

    CourtTraffic(
            List<Addressee> addressees,
            double perMinute,
            long seed,
            URI producer,
            Web web,
            Officers officers,
            ScheduledExecutorService executor,
            Clock clock,
            Tally tally) {
        this.addressees = List.copyOf(addressees);
        this.totalWeight = addressees.stream().mapToDouble(Addressee::weight).sum();
        this.perMinute = perMinute;
        this.producer = producer;
        this.web = web;
        this.officers = officers;
        this.executor = executor;
        this.clock = clock;
        this.tally = tally;
        this.random = new SplittableRandom(AuthorityProfile.mix(seed, "court-traffic"));
    }

    /** Weights drawn per party from the seed; real gateways count {@code gatewayBoost} times more. */
    static List<Addressee> weigh(
            List<Parties.Party> parties, long seed, java.util.function.Predicate<String> realGateway) {
        return parties.stream()
                .map(party -> {
                    var random = new SplittableRandom(AuthorityProfile.mix(seed, "weight/" + party.code()));
                    double weight = AuthorityProfile.logNormal(random, 1, 0.9);
                    return new Addressee(party, realGateway.test(party.code()) ? weight * 3 + 2 : weight);
                })
                .toList();
    }

    void start() {
        if (perMinute > 0 && !addressees.isEmpty()) {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        double meanMillis = 60_000 / perMinute;
        long gap = (long) (-Math.log(1 - random.nextDouble()) * meanMillis);
        executor.schedule(this::dispatchOne, gap, TimeUnit.MILLISECONDS);
    }

    private void dispatchOne() {
        try {
            var draft = RequestForms.draft(random, pick(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            Web.Reply reply = web.postJson(producer.resolve("/requests"), draft.json());
            if (!reply.ok()) {
                log.warn(
                        "The producer refused a request to {}: HTTP {} {}",
                        draft.addressee(),
                        reply.status(),
                        reply.body());
                return;
            }
            String requestId = Json.stringField(reply.body(), "requestId");
            tally.of(draft.addressee()).dispatched.increment();
            log.info(
                    "Court dispatched {} to {} ({}, {})", requestId, draft.addressee(), draft.type(), draft.language());
            if (requestId != null && officers.drives(draft.addressee())) {
                officers.follow(draft.addressee(), requestId, draft.type());
            }
        } catch (IOException e) {
            log.warn("The producer at {} could not be reached: {}", producer, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Dispatching a live request failed: {}", e.toString());
        } finally {
            if (!executor.isShutdown()) {
                scheduleNext();
            }
        }
    }

    private Parties.Party pick() {
        double pick = random.nextDouble() * totalWeight;
        for (Addressee addressee : addressees) {
            if ((pick -= addressee.weight()) < 0) {
                return addressee.party();
            }
        }
        return addressees.get(addressees.size() - 1).party();
    }
}
