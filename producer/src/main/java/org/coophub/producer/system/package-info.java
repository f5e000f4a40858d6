/**
 * Cross-cutting configuration: the settings record, the Kafka clients (every one of them merged
 * with the {@code client-properties} file), the schema-registry client, the hub clock, and the
 * mapping of rejected, conflicting or unknown requests to {@code application/problem+json}.
 */
package org.coophub.producer.system;
