/**
 * One request for cooperation: validated against art. 96(2) (and art. 91(2) for arrest) and the
 * directory, stored with its outbox record in one database transaction, then relayed to
 * {@code coop.<P>.requests}. Idempotent on the request id: the content's SHA-256 is stored, so a
 * retry with the same content gets the original answer and other content gets 409, also across
 * restarts.
 */
package org.coophub.producer.dispatch;
