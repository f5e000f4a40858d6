package org.coophub.dashboard.summary;

/**
 * The requests dispatched to a party, of a type, in a period, by their state now.
 *
 * @param acknowledged how many were acknowledged, whatever their status now
 * @param refused refused, or the party was unable to execute
 * @param overdue open and past their due date
 */
public record BreakdownRow(
        String party,
        String requestType,
        String period,
        long dispatched,
        long acknowledged,
        long inProgress,
        long inConsultation,
        long executed,
        long partlyExecuted,
        long postponed,
        long refused,
        long withdrawn,
        long open,
        long overdue) {}
