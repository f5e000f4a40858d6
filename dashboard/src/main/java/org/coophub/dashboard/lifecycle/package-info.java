/**
 * The life of each request for cooperation, folded from the court's requests and notices and the
 * parties' receipts and status reports, de-duplicated by message id and timed by the hub.
 */
package org.coophub.dashboard.lifecycle;
