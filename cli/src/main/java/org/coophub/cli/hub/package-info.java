/**
 * The local hub: a real Kafka broker (KRaft, SCRAM, ACLs) and the schema registry run as child
 * processes, with their state under {@code .coophub/} — data, logs, pid files, generated
 * credentials and the {@code stack.json} contract other tools read.
 */
package org.coophub.cli.hub;
