/**
 * Simulated national authorities and live court traffic for {@code coophub up}: one Kafka client
 * pair per party, each with its own party's credentials, answering requests the way national
 * central authorities do (distributions by party and regional group), and the court dispatching
 * new requests at a gentle rate, the three real gateways included (driven through their officers'
 * REST API). {@link org.coophub.cli.simulation.SimulationMain} is the entry point {@code up} runs
 * as a child process.
 */
package org.coophub.cli.simulation;
