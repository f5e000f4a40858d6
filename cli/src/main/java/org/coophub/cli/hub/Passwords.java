package org.coophub.cli.hub;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Properties;

/**
 * The hub's generated passwords, one per principal. Created on first run and kept under {@code
 * .coophub/credentials/} (owner-only), because the SCRAM users are bootstrapped with them when the
 * storage is formatted.
 */
record Passwords(String broker, String court, String registry) {

    /** The broker's own principal: inter-broker SCRAM and the controller listener's PLAIN user. */
    static final String BROKER = "coophub-broker";

    static final String COURT = "court";
    static final String REGISTRY = "registry";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Passwords loadOrCreate(HubLayout layout) {
        var file = layout.passwordsFile();
        if (Files.isRegularFile(file)) {
            return load(layout);
        }
        var created = new Passwords(generate(), generate(), generate());
        var values = new LinkedHashMap<String, String>();
        values.put(BROKER, created.broker());
        values.put(COURT, created.court());
        values.put(REGISTRY, created.registry());
        PrivateFiles.writeProperties(file, "CoopHub generated passwords: keep private", values);
        return created;
    }

    private static Passwords load(HubLayout layout) {
        var file = layout.passwordsFile();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var loaded = new Passwords(
                properties.getProperty(BROKER), properties.getProperty(COURT), properties.getProperty(REGISTRY));
        if (loaded.broker() == null || loaded.court() == null || loaded.registry() == null) {
            throw new HubException(file + " is incomplete; the users were created with its passwords, so restore it"
                    + " or run ./coophub reset");
        }
        return loaded;
    }

    /** Letters and digits only: the passwords go into JAAS strings and SCRAM arguments unquoted. */
    static String generate() {
        var password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
