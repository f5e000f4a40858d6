package org.coophub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static checks on a Compose file and the Dockerfiles it builds. Each returns the problems it
 * found, one readable line each; an empty list means the check passed.
 */
final class ComposeChecks {

    /** Environment keys whose values are secrets. */
    static final Pattern SECRET_KEY = Pattern.compile("PASSWORD|SECRET|JAAS|USER_INFO|TOKEN");

    /** A Compose interpolation: {@code ${NAME}}, {@code ${NAME:?message}}, {@code ${NAME:-default}} ... */
    static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    /** A JAAS password written into a value ({@code password="..."}) that is not a reference. */
    private static final Pattern LITERAL_JAAS_PASSWORD = Pattern.compile("password=\"(?!\\$\\{)[^\"]*\"");

    private static final Pattern FROM =
            Pattern.compile("^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);

    private ComposeChecks() {}

    /** (a) Every service names an image with a version tag (or a digest), never {@code latest} nor none. */
    static List<String> unpinnedImages(ComposeFile compose) {
        var problems = new ArrayList<String>();
        compose.services()
                .values()
                .forEach(service -> service.image()
                        .ifPresentOrElse(
                                image -> pinProblem(image)
                                        .ifPresent(problem ->
                                                problems.add(service.name() + ": image " + image + " " + problem)),
                                () -> problems.add(service.name()
                                        + ": no image (a built service is tagged with image: name:version)")));
        return problems;
    }

    /** (a) Every {@code FROM} of a Dockerfile names a pinned image (or an earlier stage). */
    static List<String> unpinnedBaseImages(Path dockerfile) {
        var problems = new ArrayList<String>();
        var stages = new HashSet<String>();
        for (String line : lines(dockerfile)) {
            Matcher from = FROM.matcher(line);
            if (!from.find()) {
                continue;
            }
            String image = from.group(1);
            if (!stages.contains(image)) {
                pinProblem(image)
                        .ifPresent(
                                problem -> problems.add(dockerfile.getFileName() + ": FROM " + image + " " + problem));
            }
            if (from.group(2) != null) {
                stages.add(from.group(2));
            }
        }
        return problems;
    }

    private static Optional<String> pinProblem(String image) {
        if (image.contains("$")) {
            return Optional.of("is not fixed in the file (a variable)");
        }
        if (image.contains("@sha256:")) {
            return Optional.empty();
        }
        String name = image.substring(image.lastIndexOf('/') + 1);
        int colon = name.indexOf(':');
        if (colon < 0) {
            return Optional.of("has no tag (it means latest)");
        }
        String tag = name.substring(colon + 1);
        if (tag.equals("latest") || !tag.matches(".*\\d.*")) {
            return Optional.of("is not pinned to a version (tag " + tag + ")");
        }
        return Optional.empty();
    }

    /** (b) No host port is published twice, whatever the address it is bound to. */
    static List<String> portClashes(ComposeFile compose) {
        var byPort = new TreeMap<String, List<String>>();
        var problems = new ArrayList<String>();
        compose.services()
                .values()
                .forEach(service -> service.publishedPorts().forEach(port -> {
                    if (!port.matches("\\d+")) {
                        problems.add(service.name() + ": published port " + port + " is not one fixed port number");
                    }
                    byPort.computeIfAbsent(port, key -> new ArrayList<>()).add(service.name());
                }));
        byPort.forEach((port, services) -> {
            if (services.size() > 1) {
                problems.add("host port " + port + " is published by " + String.join(", ", services));
            }
        });
        return problems;
    }

    /**
     * (c) A secret is never written into the file: the value of a key that names one ({@link
     * #SECRET_KEY}) is made of {@code ${VAR}} / {@code ${VAR:?message}} references, none with a default
     * (a default is a literal secret), and no value anywhere holds a literal JAAS password.
     */
    static List<String> literalSecrets(ComposeFile compose) {
        var problems = new ArrayList<String>();
        compose.services()
                .values()
                .forEach(service -> service.environment().forEach((key, value) -> {
                    String where = service.name() + ": " + key;
                    if (LITERAL_JAAS_PASSWORD.matcher(value).find()) {
                        problems.add(where + " holds a literal JAAS password");
                    }
                    if (!SECRET_KEY.matcher(key).find()) {
                        return;
                    }
                    Matcher reference = REFERENCE.matcher(value);
                    boolean referenced = false;
                    while (reference.find()) {
                        referenced = true;
                        String operator = reference.group(2);
                        if (operator != null && operator.endsWith("-")) {
                            problems.add(where + " falls back to a literal default (" + reference.group() + ")");
                        }
                    }
                    if (!referenced) {
                        problems.add(where + " is a literal, not a ${...} reference to .env or the environment");
                    }
                }));
        return problems;
    }

    /**
     * (d) Every environment variable of an app service binds to a real property of that app, or is one
     * the image's entrypoint reads ({@code entrypointVariables}).
     */
    static List<String> unknownProperties(
            ComposeFile.Service service, PropertyCatalogue app, Set<String> entrypointVariables) {
        var problems = new ArrayList<String>();
        service.environment().keySet().forEach(variable -> {
            if (!entrypointVariables.contains(variable)
                    && app.propertyFor(variable).isEmpty()) {
                problems.add(service.name() + ": " + variable + " binds to no configuration property of "
                        + service.module().orElse("the app") + " (nor is it read by docker/app-entrypoint.sh)");
            }
        });
        return problems;
    }

    /** (d, the other way round) Every property the app needs in this setup is set on the service. */
    static List<String> missingRequired(ComposeFile.Service service, PropertyCatalogue app, List<String> required) {
        var bound = new LinkedHashSet<String>();
        service.environment()
                .keySet()
                .forEach(variable -> app.propertyFor(variable).ifPresent(bound::add));
        var problems = new ArrayList<String>();
        for (String property : required) {
            if (!app.declares(property)) {
                problems.add(service.name() + ": required property " + property + " is not a property of "
                        + service.module().orElse("the app") + " any more");
            } else if (!bound.contains(property)) {
                problems.add(service.name() + ": " + property + " is not set (environment variable "
                        + PropertyCatalogue.environmentName(property) + ")");
            }
        }
        return problems;
    }

    /**
     * (d) An app reads its Kafka credentials from the file {@code docker/app-entrypoint.sh} writes: its
     * {@code coophub.*.client-properties} names that file, and the entrypoint gets what it writes it from.
     */
    static List<String> clientPropertiesMismatch(
            ComposeFile.Service service, String property, AppEntrypoint entrypoint) {
        var problems = new ArrayList<String>();
        var environment = service.environment();
        String variable = PropertyCatalogue.environmentName(property);
        String file = environment.get(variable);
        if (!entrypoint.clientPropertiesFile().equals(file)) {
            problems.add(service.name() + ": " + variable + " is " + file + ", not " + entrypoint.clientPropertiesFile()
                    + " (the file docker/app-entrypoint.sh writes)");
        }
        for (String input : List.of("CLIENT_BOOTSTRAP_SERVERS", "CLIENT_USERNAME", "CLIENT_PASSWORD")) {
            if (!environment.containsKey(input)) {
                problems.add(
                        service.name() + ": " + input + " is not set, so docker/app-entrypoint.sh writes no " + file);
            }
        }
        return problems;
    }

    /** (e) Every built service's Dockerfile exists, and so does the module it builds (a {@code <module>} of the parent pom). */
    static List<String> missingModules(ComposeFile compose) {
        var problems = new ArrayList<String>();
        Path root = compose.projectDirectory();
        String parentPom = Files.isRegularFile(root.resolve("pom.xml")) ? read(root.resolve("pom.xml")) : "";
        compose.services()
                .values()
                .forEach(service -> service.build().ifPresent(build -> {
                    Path context = root.resolve(build.context()).normalize();
                    Path dockerfile = context.resolve(build.dockerfile());
                    if (!Files.isRegularFile(dockerfile)) {
                        problems.add(service.name() + ": Dockerfile " + build.dockerfile() + " does not exist");
                    } else if (!read(dockerfile).contains("ARG MODULE")) {
                        problems.add(service.name() + ": " + build.dockerfile() + " takes no MODULE build argument");
                    }
                    String module = build.args().get("MODULE");
                    if (module == null || module.isBlank()) {
                        problems.add(service.name() + ": no MODULE build argument");
                    } else if (!Files.isRegularFile(context.resolve(module).resolve("pom.xml"))
                            || !parentPom.contains("<module>" + module + "</module>")) {
                        problems.add(service.name() + ": module " + module + " is not a module of "
                                + root.resolve("pom.xml"));
                    }
                }));
        return problems;
    }

    /** Every variable the file requires from .env ({@code ${VAR:?...}}, {@code ${VAR}}) is in {@code example}. */
    static List<String> undocumentedVariables(ComposeFile compose, Path example) {
        var documented = new HashSet<String>();
        for (String line : lines(example)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                documented.add(line.substring(0, equals).trim());
            }
        }
        var required = new LinkedHashSet<String>();
        compose.services()
                .values()
                .forEach(service -> service.environment().values().forEach(value -> {
                    Matcher reference = REFERENCE.matcher(value);
                    while (reference.find()) {
                        String operator = reference.group(2);
                        if (operator == null || operator.endsWith("?")) {
                            required.add(reference.group(1));
                        }
                    }
                }));
        required.removeAll(documented);
        return required.stream()
                .map(variable -> variable + " is required by " + compose.file().getFileName() + " but not in "
                        + example.getFileName())
                .toList();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
