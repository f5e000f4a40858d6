/**
 * The local hub: a real Kafka broker (KRaft, SCRAM, ACLs), the schema registry, the producer and
 * one gateway per party run as child processes, with their state under {@code .coophub/} — data,
 * logs, pid files, generated credentials and the {@code stack.json} contract other tools read.
 */
package org.coophub.cli.hub;
