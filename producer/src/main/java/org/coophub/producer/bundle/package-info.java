/**
 * A coordinated action addressed to several parties at once (simultaneous arrests, searches or
 * freezing orders): each addressee gets its own request id, all share a coordination id, and all
 * are recorded under one outbox batch, which the relay sends in ONE Kafka transaction, so every
 * addressee receives its request or none does; an embargo holds the batch until the action time.
 */
package org.coophub.producer.bundle;
