package org.coophub.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The bytes are not a record in the Confluent wire format: wrong first byte, or too short to carry a
 * schema id. Such a record is poison — retrying cannot help.
 */
public class UnknownMagicByteException extends SerializationException {

    public UnknownMagicByteException(String topic, Byte firstByte, int length) {
        super(describe(topic, firstByte, length));
    }

    private static String describe(String topic, Byte firstByte, int length) {
        if (length < WireFormat.HEADER_SIZE) {
            return "Record of " + length + " bytes on topic " + topic
                    + " is too short for the Confluent wire format (magic byte 0, 4-byte schema id, Avro body)";
        }
        return String.format(
                "Unknown magic byte 0x%02x in a record of %d bytes on topic %s: expected 0x00, the Confluent wire format",
                firstByte, length, topic);
    }
}
