package org.coophub.dashboard.summary;

/** The turnaround of the requests of one party, group or type: acknowledge in hours, the others in days. */
public record TurnaroundRow(String key, Distribution acknowledge, Distribution firstResponse, Distribution closure) {}
