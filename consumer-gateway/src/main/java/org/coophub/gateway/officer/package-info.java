/**
 * What the party's officers do with the inbox: list and read requests, report progress (status
 * updates and outcomes), open an art. 97 consultation, send a notification of their own. Each action
 * changes the inbox and queues its {@code PartyMessage} in the outbox in one DB transaction. A JSON API
 * (OpenAPI at {@code /v3/api-docs}) and a plain server-rendered page offer the same.
 */
package org.coophub.gateway.officer;
