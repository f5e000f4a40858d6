package org.coophub.schemas.serde;

import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/**
 * How a record's subject in the registry is named, as in Confluent's serializers. Configured by
 * {@code key.subject.name.strategy} / {@code value.subject.name.strategy} with either these class
 * names or Confluent's ({@code io.confluent.kafka.serializers.subject.RecordNameStrategy}, ...), so
 * a configuration written for Confluent works unchanged.
 */
public enum SubjectNameStrategy {
    /** {@code <topic>-key} / {@code <topic>-value}: one record type per topic (the default). */
    TOPIC_NAME {
        @Override
        public String subjectName(String topic, boolean isKey, Schema schema) {
            return topic + (isKey ? "-key" : "-value");
        }
    },
    /** The record's full name: one subject per record type, whatever the topic. */
    RECORD_NAME {
        @Override
        public String subjectName(String topic, boolean isKey, Schema schema) {
            return schema.getFullName();
        }
    },
    /** {@code <topic>-<record full name>}. */
    TOPIC_RECORD_NAME {
        @Override
        public String subjectName(String topic, boolean isKey, Schema schema) {
            return topic + "-" + schema.getFullName();
        }
    };

    /** The subject under which {@code schema} is registered for {@code topic}. */
    public abstract String subjectName(String topic, boolean isKey, Schema schema);

    /**
     * Reads a strategy from a configuration value: a Confluent class name, one of ours, or the
     * simple names {@code TopicNameStrategy}, {@code RecordNameStrategy}, {@code TopicRecordNameStrategy}.
     */
    public static SubjectNameStrategy fromConfig(String property, Object value) {
        if (value == null) {
            return TOPIC_NAME;
        }
        String name = value instanceof Class<?> type
                ? type.getName()
                : value.toString().trim();
        String simple = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (simple) {
            case "topicnamestrategy", "topic_name" -> TOPIC_NAME;
            case "recordnamestrategy", "record_name" -> RECORD_NAME;
            case "topicrecordnamestrategy", "topic_record_name" -> TOPIC_RECORD_NAME;
            default ->
                throw new ConfigException(
                        property,
                        value,
                        "unknown subject name strategy; use TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy");
        };
    }
}
