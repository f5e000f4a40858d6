/**
 * The one way anything reaches Kafka. A feature writes its records to the {@code outbox} table in
 * the same database transaction as its own rows; the {@link org.coophub.producer.outbox.OutboxRelay}
 * sends each batch of rows (one request, or every request of a bundle) in one Kafka transaction
 * and only then marks them sent. So a dispatched request is never lost (it is in the database
 * before the caller hears 201), a bundle is all-or-nothing (one Kafka transaction), and a crash
 * between the Kafka commit and the mark resends the same bytes with the same message id, which
 * the gateways de-duplicate on.
 */
package org.coophub.producer.outbox;
