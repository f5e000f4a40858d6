package org.coophub.cli.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How to start a Spring Boot app jar quickly: from the unpacked copy and class-data archive (AppCDS)
 * that {@code ./coophub} prepares in {@code <module>/target/cds/} after each build, when they are
 * at least as new as the jar; from the jar itself otherwise. Either way the JIT stops at C1: the
 * hub's apps spend their first minute starting, not in hot loops, and C2 compiling on two shared
 * cores costs more than it gives back there.
 */
record StartupArchive(Path jar) {

    static final String ARCHIVE = "app.jsa";

    Path directory() {
        return jar.getParent().resolve("cds");
    }

    /** The JVM options and {@code -jar} argument that start this app. */
    List<String> javaArgs() {
        Path unpacked = directory().resolve(jar.getFileName());
        Path archive = directory().resolve(ARCHIVE);
        if (usable(unpacked, archive)) {
            return List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive, "-jar", unpacked.toString());
        }
        return List.of("-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    }

    private boolean usable(Path unpacked, Path archive) {
        try {
            return Files.isRegularFile(unpacked)
                    && Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false; // the plain jar always works
        }
    }
}
