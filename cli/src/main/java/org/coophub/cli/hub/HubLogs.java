package org.coophub.cli.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code ./coophub logs}: the last lines of one component's log under {@code .coophub/logs/}, or of
 * every component's log with each line prefixed {@code [component] }, and optionally the lines that
 * follow until Ctrl-C.
 */
public final class HubLogs {

    static final Duration POLL_INTERVAL = Duration.ofMillis(300);
    private static final int CHUNK = 8192;

    private final HubLayout layout;
    private final PrintStream out;

    public HubLogs(HubLayout layout, PrintStream out) {
        this.layout = layout;
        this.out = out;
    }

    /**
     * Prints the last {@code lines} lines of {@code component}'s log (every component's when null);
     * with {@code follow}, keeps printing new lines until the process is interrupted.
     */
    public int print(String component, int lines, boolean follow) {
        Map<String, Path> logs = selected(component);
        boolean prefix = component == null;
        var tails = new LinkedHashMap<String, Tail>();
        logs.forEach((name, file) -> {
            var tail = Tail.at(file);
            tails.put(name, tail);
            lastLines(file, lines, tail.position()).forEach(line -> out.println(prefix ? prefixed(name, line) : line));
        });
        out.flush();
        if (!follow) {
            return 0;
        }
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            tails.forEach((name, tail) ->
                    tail.poll().forEach(line -> out.println(prefix ? prefixed(name, line) : line)));
            out.flush();
        }
        return 0;
    }

    /** The logs to show by component name, in the order {@code status} lists the components. */
    Map<String, Path> selected(String component) {
        Path dir = layout.logs();
        if (!Files.isDirectory(dir)) {
            throw new HubException("no logs: CoopHub was never started here (" + dir + " does not exist); start it"
                    + " with ./coophub up");
        }
        Map<String, Path> all = available();
        if (component == null) {
            return all;
        }
        Path file = all.get(component);
        if (file == null && Component.known(layout).contains(new Component(component))) {
            throw new HubException(component + " has no log yet (" + layout.log(new Component(component)) + ")");
        }
        if (file == null) {
            throw new HubException("unknown component " + component + "; known: " + String.join(", ", all.keySet()));
        }
        return Map.of(component, file);
    }

    /** Every {@code <component>.log} present, the components {@code status} knows first, in its order. */
    Map<String, Path> available() {
        var names = new TreeSet<String>();
        try (var files = Files.newDirectoryStream(layout.logs(), "*.log")) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                names.add(name.substring(0, name.length() - ".log".length()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var ordered = new LinkedHashMap<String, Path>();
        for (Component known : Component.known(layout)) {
            if (names.remove(known.id())) {
                ordered.put(known.id(), layout.log(known));
            }
        }
        var gatewaysFirst = new ArrayList<String>(names);
        gatewaysFirst.sort((a, b) -> Boolean.compare(!a.startsWith("gateway-"), !b.startsWith("gateway-")));
        gatewaysFirst.forEach(name -> ordered.put(name, layout.logs().resolve(name + ".log")));
        if (ordered.remove(Component.DASHBOARD.id()) != null) {
            ordered.put(Component.DASHBOARD.id(), layout.log(Component.DASHBOARD));
        }
        return ordered;
    }

    static String prefixed(String component, String line) {
        return "[" + component + "] " + line;
    }

    /** The last {@code count} lines of the file's first {@code end} bytes, read from the end backwards. */
    static List<String> lastLines(Path file, int count, long end) {
        if (count <= 0) {
            return List.of();
        }
        try (var reader = new RandomAccessFile(file.toFile(), "r")) {
            long stop = Math.min(end, reader.length());
            if (stop == 0) {
                return List.of();
            }
            reader.seek(stop - 1);
            // a final newline ends the last line rather than starting an empty one
            long scanEnd = reader.readByte() == '\n' ? stop - 1 : stop;
            long start = 0;
            int newlines = 0;
            byte[] chunk = new byte[CHUNK];
            long cursor = scanEnd;
            search:
            while (cursor > 0) {
                int length = (int) Math.min(CHUNK, cursor);
                reader.seek(cursor - length);
                reader.readFully(chunk, 0, length);
                for (int i = length - 1; i >= 0; i--) {
                    if (chunk[i] == '\n' && ++newlines == count) {
                        start = cursor - length + i + 1;
                        break search;
                    }
                }
                cursor -= length;
            }
            byte[] bytes = new byte[(int) (scanEnd - start)];
            reader.seek(start);
            reader.readFully(bytes);
            return Stream.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1))
                    .map(Tail::stripCarriageReturn)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * A position in a growing log: each {@link #poll} returns the complete lines written since, and
     * starts over from the beginning when the file was truncated or replaced (rotation).
     */
    static final class Tail {

        private final Path file;
        private Object fileKey;
        private long position;
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        Tail(Path file, Object fileKey, long position) {
            this.file = file;
            this.fileKey = fileKey;
            this.position = position;
        }

        /** A tail starting at the file's current end. */
        static Tail at(Path file) {
            try {
                var attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Tail(file, attributes.fileKey(), attributes.size());
            } catch (IOException e) {
                return new Tail(file, null, 0);
            }
        }

        long position() {
            return position;
        }

        /** One poll step: the complete lines appended since the last one (a line still being written waits). */
        List<String> poll() {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return List.of(); // rotated away and not yet recreated
            }
            if (attributes.size() < position || !Objects.equals(attributes.fileKey(), fileKey)) {
                position = 0;
                partial.reset();
                fileKey = attributes.fileKey();
            }
            if (attributes.size() == position) {
                return List.of();
            }
            var lines = new ArrayList<String>();
            try (var reader = new RandomAccessFile(file.toFile(), "r")) {
                reader.seek(position);
                byte[] bytes = new byte[(int) Math.min(attributes.size() - position, Integer.MAX_VALUE - 8)];
                int read = reader.read(bytes);
                if (read <= 0) {
                    return List.of();
                }
                position += read;
                for (int i = 0; i < read; i++) {
                    if (bytes[i] == '\n') {
                        lines.add(stripCarriageReturn(partial.toString(StandardCharsets.UTF_8)));
                        partial.reset();
                    } else {
                        partial.write(bytes[i]);
                    }
                }
            } catch (IOException e) {
                return List.of();
            }
            return lines;
        }

        private static String stripCarriageReturn(String line) {
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }
}
