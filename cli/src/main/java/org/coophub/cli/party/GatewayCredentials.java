package org.coophub.cli.party;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A gateway's client properties file, {@code credentials/gateway-<P>.properties}, owner-only. It
 * also keeps the generated secret: onboarding again reuses it, so a running gateway keeps working.
 */
record GatewayCredentials(Path file, String principal, String password) {

    private static final Pattern PASSWORD = Pattern.compile("password=\"([^\"]*)\"");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Path fileOf(Path credentialsDir, String principal) {
        return credentialsDir.resolve(principal + ".properties");
    }

    /** The secret already written for this principal, if any. */
    static Optional<GatewayCredentials> load(Path credentialsDir, String principal) {
        Path file = fileOf(credentialsDir, principal);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        var matcher = PASSWORD.matcher(properties.getProperty("sasl.jaas.config", ""));
        return matcher.find()
                ? Optional.of(new GatewayCredentials(file, principal, matcher.group(1)))
                : Optional.empty();
    }

    static GatewayCredentials generate(Path credentialsDir, String principal) {
        var password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new GatewayCredentials(fileOf(credentialsDir, principal), principal, password.toString());
    }

    /** The keys the contract names; no registry write credentials (only the court registers schemas). */
    Map<String, String> settings(String bootstrap, Optional<String> registryUrl) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("bootstrap.servers", bootstrap);
        settings.put("security.protocol", "SASL_PLAINTEXT");
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + principal
                        + "\" password=\"" + password + "\";");
        registryUrl.ifPresent(url -> {
            settings.put("schema.registry.url", url);
            // look-up only: the gateway has no registry login, the court registered its subjects
            settings.put("auto.register.schemas", "false");
        });
        return settings;
    }

    /** Writes atomically through a temporary file that is owner-only from its creation. */
    void write(String bootstrap, Optional<String> registryUrl) {
        var body = new StringBuilder("# Kafka client settings for ")
                .append(principal)
                .append(": keep private\n");
        settings(bootstrap, registryUrl)
                .forEach((key, value) ->
                        body.append(key).append('=').append(value).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(
                    file.getParent(),
                    "." + file.getFileName(),
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, body, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
