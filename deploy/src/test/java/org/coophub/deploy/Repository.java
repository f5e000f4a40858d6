package org.coophub.deploy;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the tests find the repository (the surefire property {@code coophub.repository}) and their fixtures. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("coophub.repository", ".."))
            .toAbsolutePath()
            .normalize();

    private Repository() {}

    static Path fixture(String name) {
        try {
            return Path.of(Repository.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test fixture " + name + " is missing", e);
        }
    }
}
