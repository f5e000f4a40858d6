/**
 * Arrest warrants and the persons still at large: each warrant folded from its events on
 * {@code coop.court.warrants}, de-duplicated by message id.
 */
package org.coophub.dashboard.warrant;
