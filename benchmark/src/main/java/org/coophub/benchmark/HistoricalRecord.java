package org.coophub.benchmark;

import org.apache.avro.specific.SpecificRecord;

/**
 * One record of the history as it goes to Kafka.
 *
 * @param timestamp the record timestamp: the historical time of the event (epoch millis)
 */
record HistoricalRecord(String topic, String requestId, long timestamp, SpecificRecord message) {}
