/**
 * The figures managers read: a snapshot of the figure cells, the open requests, the warrants and
 * the directory, and the answers computed from it (summary tiles, overdue requests, breakdowns,
 * turnaround distributions, backlog, responsiveness, a party's page); a request's page is a point
 * lookup.
 */
package org.coophub.dashboard.summary;
