package org.coophub.cli.simulation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;

/**
 * How one national authority answers: drawn once per party from its regional group's traits, then
 * each request's answers are drawn from it with a generator seeded by (seed, party, request,
 * revision), so the same seed gives the same schedule, whatever the order requests arrive in.
 *
 * @param medianAckDays median of the log-normal delay before the receipt acknowledgement
 * @param medianWorkDays median of the log-normal time from work start to outcome
 * @param outcomeWeights relative weights of EXECUTED, PARTIALLY_EXECUTED, POSTPONED, REFUSED
 */
record AuthorityProfile(
        String party,
        RegionalGroup group,
        boolean neverAnswers,
        boolean slow,
        double medianAckDays,
        double medianWorkDays,
        double consultationRate,
        double[] outcomeWeights,
        long seed) {

    private static final double ACK_SIGMA = 0.9;
    private static final double WORK_SIGMA = 0.6;
    /** Arrest requests mostly stay open: the person sought is not found (warrants outstanding). */
    private static final double ARREST_EXECUTED_RATE = 0.25;

    /** The answers to one revision of a request, oldest first; empty when the party never answers. */
    List<Answer> answers(String requestId, int revision, RequestType type) {
        if (neverAnswers) {
            return List.of();
        }
        var random = new SplittableRandom(mix(seed, party + '/' + requestId + '/' + revision));
        var answers = new ArrayList<Answer>();
        double t = logNormal(random, medianAckDays, ACK_SIGMA);
        answers.add(Answer.receipt(t));
        t += logNormal(random, Math.max(0.2, medianAckDays / 2), 0.7);
        answers.add(Answer.status(t, RequestStatus.IN_PROGRESS, null, null));
        if (random.nextDouble() < consultationRate) {
            t += logNormal(random, medianWorkDays / 4, WORK_SIGMA);
            answers.add(Answer.status(
                    t,
                    RequestStatus.IN_CONSULTATION,
                    "art. 97",
                    "Problems that may impede execution: consultation with the Court requested"));
            t += logNormal(random, 7, WORK_SIGMA);
            answers.add(Answer.status(t, RequestStatus.IN_PROGRESS, null, "Consultation concluded"));
        }
        t += logNormal(random, medianWorkDays, WORK_SIGMA);
        if (type == RequestType.ARREST_AND_SURRENDER || type == RequestType.PROVISIONAL_ARREST) {
            if (random.nextDouble() < ARREST_EXECUTED_RATE) {
                answers.add(Answer.status(t, RequestStatus.EXECUTED, null, "Person arrested; surrender arranged"));
            }
            return List.copyOf(answers);
        }
        answers.add(outcome(random, t));
        return List.copyOf(answers);
    }

    private Answer outcome(SplittableRandom random, double t) {
        double total = 0;
        for (double weight : outcomeWeights) {
            total += weight;
        }
        double pick = random.nextDouble() * total;
        if ((pick -= outcomeWeights[0]) < 0) {
            return Answer.status(t, RequestStatus.EXECUTED, null, null);
        }
        if ((pick -= outcomeWeights[1]) < 0) {
            return Answer.status(
                    t,
                    RequestStatus.PARTIALLY_EXECUTED,
                    null,
                    "Part of the assistance sought could not be provided under national law");
        }
        if ((pick -= outcomeWeights[2]) < 0) {
            return Answer.postponement(
                    t, 30 + random.nextInt(91), "Execution would interfere with an ongoing national investigation");
        }
        return Answer.status(
                t, RequestStatus.REFUSED, "art. 93(4)", "Disclosure would prejudice national security (art. 72)");
    }

    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(random));
    }

    /** Box–Muller: SplittableRandom has no nextGaussian on Java 17. */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A well-spread 64-bit hash of (seed, text): FNV-1a, then the SplitMix64 finalizer. */
    static long mix(long seed, String text) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
