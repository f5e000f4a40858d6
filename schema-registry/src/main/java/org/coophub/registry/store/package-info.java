/**
 * The registry's only state: schemas, soft deletes and compatibility levels, kept as JSON records
 * in a compacted Kafka topic (default {@code _schemas}, keys modelled on Confluent's) and rebuilt in
 * memory at start by reading the topic from the beginning to its end offset. A write produces to
 * the topic and returns only once the store's own reader has applied it (read-your-writes, as in
 * Confluent's KafkaStore); the topic is read by {@code assign()} without a consumer group, so the
 * registry's principal needs ACLs on the topic only. One writing instance at a time is assumed:
 * ids and versions are allocated from the in-memory state under a lock, not by leader election.
 */
package org.coophub.registry.store;
