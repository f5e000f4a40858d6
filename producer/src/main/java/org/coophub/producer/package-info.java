/**
 * The Registry's dispatch service. Features live in their own packages: {@code dispatch} (one
 * request), {@code bundle} (a coordinated action to several parties), {@code notice}, {@code
 * warrant}, {@code directory} (the parties the Court may address), {@code outbox} (the one way
 * anything reaches Kafka) and {@code system} (configuration and error handling).
 */
package org.coophub.producer;
