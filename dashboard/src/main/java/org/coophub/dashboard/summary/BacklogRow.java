package org.coophub.dashboard.summary;

/**
 * One period of the backlog.
 *
 * @param dispatched requests dispatched in the period
 * @param closed requests that left the backlog in the period: closed by the party or withdrawn
 * @param openAtEnd dispatched minus closed, cumulated from the first period
 */
public record BacklogRow(String period, long dispatched, long closed, long openAtEnd) {}
