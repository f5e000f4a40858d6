/**
 * The inbox: every request (and court notice) addressed to this party, stored durably in the
 * gateway's relational database. Storing is idempotent on (request id, revision), so Kafka's
 * at-least-once redelivery never doubles a row.
 */
package org.coophub.gateway.inbox;
