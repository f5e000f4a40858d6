package org.coophub.dashboard.system;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * SHA-256, compared in constant time: the configured password is hashed once at startup and each
 * request's password costs one SHA-256 (microseconds). Basic sends the password with every request,
 * so bcrypt would cost ~100 ms on each call of the page's API. Bcrypt's slowness protects a weak
 * password whose hash is stolen from storage; this hash is never stored (it lives in memory, next to
 * the plain password the launcher passed on the command line) and the launcher generates a strong
 * password, so a fast hash gives nothing away.
 */
final class HashedOnce implements PasswordEncoder {

    private static final HexFormat HEX = HexFormat.of();

    @Override
    public String encode(CharSequence rawPassword) {
        return HEX.formatHex(sha256(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedPassword.length() != 64) {
            return false;
        }
        return MessageDigest.isEqual(sha256(rawPassword), HEX.parseHex(encodedPassword));
    }

    private static byte[] sha256(CharSequence raw) {
        try {
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(raw == null ? "" : raw));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
