/**
 * The figures managers read, computed on demand from the topology's stores: the summary tiles,
 * the overdue requests, the outstanding warrants, a party's and a request's page.
 */
package org.coophub.dashboard.summary;
