package org.coophub.schemas.serde;

import java.nio.ByteBuffer;

/** The Confluent wire format's five-byte header: magic byte 0, then the schema id, big-endian. */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 5;

    private WireFormat() {}

    static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
    }

    /** The schema id of a framed record, after checking the frame. */
    static int schemaId(String topic, byte[] framed) {
        if (framed.length < HEADER_SIZE) {
            throw new UnknownMagicByteException(topic, framed.length == 0 ? null : framed[0], framed.length);
        }
        if (framed[0] != MAGIC_BYTE) {
            throw new UnknownMagicByteException(topic, framed[0], framed.length);
        }
        return ByteBuffer.wrap(framed, 1, 4).getInt();
    }
}
