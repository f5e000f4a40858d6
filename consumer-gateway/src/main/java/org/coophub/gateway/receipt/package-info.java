/**
 * Receipt of the court's requests: consume {@code coop.<P>.requests} (read_committed), store each
 * request in the inbox, then acknowledge it on {@code coop.<P>.responses}.
 *
 * <p>The order is what makes the guarantee. The listener runs inside a Kafka transaction started by
 * the container ({@link org.springframework.kafka.transaction.KafkaTransactionManager}). Inside it,
 * the inbox row is committed in its own JDBC transaction <em>first</em>; only then is the receipt sent
 * through the transactional template, and the container commits that receipt together with the
 * consumer offsets in one Kafka transaction. So no receipt exists for a request that is not stored.
 *
 * <p>A record is redelivered (same topic, partition and offset) only when that Kafka transaction
 * did not commit: the process died, or the listener failed after the DB commit. The aborted
 * transaction's receipt is invisible to read_committed readers, the inbox insert is a no-op on
 * (request id, revision), and the receipt is sent again with the same deterministic message id. So
 * for a redelivery, always (re)sending is right: exactly one committed receipt per (request,
 * revision), however often the record comes back. A <em>duplicate</em> record (the court sent the
 * same revision again, at a later offset) gets no second receipt: the partition only moved past the
 * stored record once that record's transaction, receipt included, committed. (Should that record
 * have been dead-lettered after it was stored, its receipt is missing: see the DLT.)
 */
package org.coophub.gateway.receipt;
