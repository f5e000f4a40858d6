/**
 * Kafka serializer and deserializer for Avro records in the Confluent wire format (magic byte 0, a
 * 4-byte big-endian schema id, the Avro binary body), configured with Confluent's property names
 * so that CoopHub and any Confluent client, in any language, read each other's records.
 */
package org.coophub.schemas.serde;
