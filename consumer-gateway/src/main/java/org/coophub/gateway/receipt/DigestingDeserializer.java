package org.coophub.gateway.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Adds the lower-case hex SHA-256 of a record's value bytes, exactly as received, as a header before
 * the delegate decodes them: the receipt proves which bytes the party received, not what it decoded.
 */
final class DigestingDeserializer<T> implements Deserializer<T> {

    static final String SHA256_HEADER = "coophub-value-sha256";

    private final Deserializer<T> delegate;

    DigestingDeserializer(Deserializer<T> delegate) {
        this.delegate = delegate;
    }

    /** The delegate arrives configured (with the shared registry client): nothing to configure here. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {}

    @Override
    public T deserialize(String topic, byte[] data) {
        return delegate.deserialize(topic, data);
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        if (data != null) {
            headers.remove(SHA256_HEADER);
            headers.add(SHA256_HEADER, sha256(data).getBytes(StandardCharsets.US_ASCII));
        }
        return delegate.deserialize(topic, headers, data);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}
