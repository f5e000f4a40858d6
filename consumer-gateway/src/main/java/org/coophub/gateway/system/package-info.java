/**
 * Cross-cutting configuration: the gateway's settings, the Kafka clients every feature shares (one
 * transactional producer factory, the schema-registry client), the health of the listener, and the
 * local login for the officers' page and API ({@code coophub.web.*}).
 */
package org.coophub.gateway.system;
