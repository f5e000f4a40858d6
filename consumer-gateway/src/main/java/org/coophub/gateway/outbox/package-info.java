/**
 * The transactional outbox: what officers send is written to the {@code outbox_message} table in the
 * same DB transaction as the inbox change, and a relay sends pending rows to {@code coop.<P>.responses}
 * in a Kafka transaction, then marks them sent. A crash between the Kafka commit and the mark resends
 * the same rows with the same message ids: at-least-once on the wire, de-duplicated by message id at
 * the reader, never lost.
 */
package org.coophub.gateway.outbox;
