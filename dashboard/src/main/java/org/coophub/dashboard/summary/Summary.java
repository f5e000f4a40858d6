package org.coophub.dashboard.summary;

import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/summary}: always numbers (docs/dashboard-contracts.md).
 *
 * @param parties active States Parties plus every other party in the directory
 * @param acknowledgedRequests how many requests {@code medianHoursToAcknowledge} rests on
 * @param executedRequests how many requests {@code medianDaysToExecute} rests on
 * @param implausibleDurations negative or implausibly long durations, left out of the medians
 * @param asOf the time of the snapshot the figures come from
 */
public record Summary(
        long parties,
        long openRequests,
        long overdueRequests,
        long outstandingWarrants,
        double medianHoursToAcknowledge,
        double medianDaysToExecute,
        long acknowledgedRequests,
        long executedRequests,
        long implausibleDurations,
        long requests,
        Map<String, Long> statesPartiesByRegionalGroup,
        Map<String, Long> agreementsByKind,
        Instant asOf) {}
