/**
 * Cross-cutting configuration: the gateway's settings, the Kafka clients every feature shares (one
 * transactional producer factory, the schema-registry client), and the health of the listener.
 */
package org.coophub.gateway.system;
