/**
 * Compatibility levels and the checks that enforce them, decided by Avro's own
 * {@code SchemaCompatibility}, with the Confluent {@code /config} and {@code /compatibility}
 * resources that set and test them.
 */
package org.coophub.registry.compatibility;
