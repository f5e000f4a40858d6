package org.coophub.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Compose file as written (variables not interpolated), read with the paths of its {@code build}
 * sections resolved against {@code projectDirectory}, as {@code docker compose --project-directory}
 * would.
 */
record ComposeFile(Path file, Path projectDirectory, Map<String, Service> services) {

    static ComposeFile load(Path file, Path projectDirectory) {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        var services = new LinkedHashMap<String, Service>();
        map(root.get("services"), "services")
                .forEach((name, body) -> services.put(name, new Service(name, map(body, name))));
        return new ComposeFile(file, projectDirectory, services);
    }

    /** One service's definition. */
    record Service(String name, Map<String, Object> body) {

        Optional<String> image() {
            return Optional.ofNullable(body.get("image")).map(String::valueOf);
        }

        /** The environment in either Compose form (map or {@code KEY=value} list); a bare key has an empty value. */
        Map<String, String> environment() {
            var environment = new LinkedHashMap<String, String>();
            Object raw = body.get("environment");
            if (raw instanceof Map<?, ?> entries) {
                entries.forEach((key, value) ->
                        environment.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
            } else if (raw instanceof List<?> entries) {
                for (Object entry : entries) {
                    String text = String.valueOf(entry);
                    int equals = text.indexOf('=');
                    environment.put(
                            equals < 0 ? text : text.substring(0, equals),
                            equals < 0 ? "" : text.substring(equals + 1));
                }
            }
            return environment;
        }

        /** The host side of each published port, as written: {@code 127.0.0.1:8080:8080} → {@code 8080}. */
        List<String> publishedPorts() {
            var published = new ArrayList<String>();
            Object raw = body.get("ports");
            if (!(raw instanceof List<?> ports)) {
                return published;
            }
            for (Object port : ports) {
                if (port instanceof Map<?, ?> longSyntax) {
                    Object host = longSyntax.get("published");
                    if (host != null) {
                        published.add(String.valueOf(host));
                    }
                    continue;
                }
                String text = String.valueOf(port);
                int protocol = text.indexOf('/');
                String[] parts = (protocol < 0 ? text : text.substring(0, protocol)).split(":");
                // "8080" alone publishes on a random host port; "host:container" and "ip:host:container" name it
                if (parts.length >= 2) {
                    published.add(parts[parts.length - 2]);
                }
            }
            return published;
        }

        /** The {@code build} section, if the service is built here. */
        Optional<Build> build() {
            Object raw = body.get("build");
            if (raw == null) {
                return Optional.empty();
            }
            if (!(raw instanceof Map<?, ?>)) {
                return Optional.of(new Build(String.valueOf(raw), "Dockerfile", Map.of()));
            }
            Map<String, Object> build = map(raw, name + ".build");
            var args = new LinkedHashMap<String, String>();
            Object rawArgs = build.get("args");
            if (rawArgs instanceof Map<?, ?> entries) {
                entries.forEach((key, value) -> args.put(String.valueOf(key), String.valueOf(value)));
            } else if (rawArgs instanceof List<?> entries) {
                for (Object entry : entries) {
                    String[] parts = String.valueOf(entry).split("=", 2);
                    args.put(parts[0], parts.length == 2 ? parts[1] : "");
                }
            }
            return Optional.of(new Build(
                    String.valueOf(build.getOrDefault("context", ".")),
                    String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")),
                    args));
        }

        /** The module the parameterised Dockerfile builds for this service ({@code MODULE} build argument). */
        Optional<String> module() {
            return build().map(build -> build.args().get("MODULE"));
        }
    }

    /** A {@code build} section: context and Dockerfile relative to the project directory. */
    record Build(String context, String dockerfile, Map<String, String> args) {}

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + " is not a YAML mapping");
        }
        return (Map<String, Object>) value;
    }
}
