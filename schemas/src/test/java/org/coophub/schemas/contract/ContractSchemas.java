package org.coophub.schemas.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/** Reads the contract's {@code .avsc} files: the current ones and each released version. */
final class ContractSchemas {

    static final Path CURRENT = Path.of("src/main/avro");
    static final Path RELEASED = Path.of("src/test/resources/released");

    private ContractSchemas() {}

    static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> releasedVersions() {
        try (Stream<Path> folders = Files.list(RELEASED)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
