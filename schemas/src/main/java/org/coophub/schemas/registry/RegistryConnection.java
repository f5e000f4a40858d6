package org.coophub.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where the registry is and how to talk to it.
 *
 * @param urls one or more base URLs; a failed call moves on to the next
 * @param userInfo {@code user:password} for HTTP Basic auth, or {@code null}
 * @param connectTimeout bound on opening a connection
 * @param requestTimeout bound on one whole HTTP exchange, so a stalled registry never hangs a client
 */
public record RegistryConnection(List<URI> urls, String userInfo, Duration connectTimeout, Duration requestTimeout) {

    public RegistryConnection {
        Objects.requireNonNull(urls, "urls");
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is needed");
        }
        urls = List.copyOf(urls);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** A connection to one registry with no credentials and 10-second timeouts. */
    public static RegistryConnection to(String url) {
        return new RegistryConnection(List.of(URI.create(url)), null, Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        // never print the password
        return "RegistryConnection" + urls + (userInfo == null ? "" : " as " + userInfo.split(":", 2)[0]);
    }
}
