/** The dashboard benchmark: a seeded history, Kafka's own consumer, the Streams catch-up, API latency. */
package org.coophub.benchmark;
