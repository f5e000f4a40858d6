/**
 * The parties the Court may address: the compacted {@code coop.directory} topic read from the
 * beginning into memory and kept current, so validation answers from memory. No consumer group:
 * the reader assigns itself every partition and never commits.
 */
package org.coophub.producer.directory;
