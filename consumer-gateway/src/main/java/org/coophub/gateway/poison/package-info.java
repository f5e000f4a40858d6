/**
 * Poison records: what the gateway cannot read goes to {@code coop.<P>.requests-dlt} with its
 * original bytes and spring-kafka's error headers, in the same Kafka transaction as the offset commit,
 * so the partition keeps moving and nothing is skipped silently. A registry that cannot be reached is
 * not poison: those records are retried with back-off until it answers.
 */
package org.coophub.gateway.poison;
