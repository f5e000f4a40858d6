/**
 * The directory of parties on the compacted {@code coop.directory} topic: party profiles built from
 * the States Parties list shipped with the CLI, or added one by one, written as the court.
 */
package org.coophub.cli.directory;
