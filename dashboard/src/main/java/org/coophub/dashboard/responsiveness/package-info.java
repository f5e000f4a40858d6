/**
 * Whether each party's gateway is taking its requests: the consumer group {@code gateway-<P>}'s
 * committed offsets on {@code coop.<P>.requests}, polled from the broker.
 */
package org.coophub.dashboard.responsiveness;
