package org.coophub.cli.hub;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code .coophub/stack.json}: how other tools reach the running hub. Written once everything is
 * ready, deleted on {@code down}, so its presence means the hub was up.
 *
 * @param registry the registry URL, or null when only Kafka runs
 * @param credentials Kafka client properties files by principal ({@code court}, {@code registry},
 *     {@code gateway-<P>})
 * @param producer the producer's base URL, or null when it does not run
 * @param gateways each running gateway's base URL by party code
 * @param dashboard the dashboard's base URL, or null when it does not run
 * @param webLogins the file holding the web pages' logins (dashboard, officers), or null
 * @param simulation the simulation's base URL, or null when the scenario does not run
 */
record StackFile(
        String bootstrap,
        String registry,
        Map<String, Path> credentials,
        String producer,
        Map<String, String> gateways,
        String dashboard,
        Path webLogins,
        String simulation) {

    StackFile(
            String bootstrap,
            String registry,
            Map<String, Path> credentials,
            String producer,
            Map<String, String> gateways,
            String dashboard) {
        this(bootstrap, registry, credentials, producer, gateways, dashboard, null, null);
    }

    StackFile(String bootstrap, String registry, Map<String, Path> credentials) {
        this(bootstrap, registry, credentials, null, Map.of());
    }

    StackFile(
            String bootstrap,
            String registry,
            Map<String, Path> credentials,
            String producer,
            Map<String, String> gateways) {
        this(bootstrap, registry, credentials, producer, gateways, null);
    }

    String toJson() {
        String credentialsJson = object(credentials.entrySet().stream()
                .map(entry -> Map.entry(
                        entry.getKey(), entry.getValue().toAbsolutePath().toString()))
                .toList());
        String gatewaysJson = object(List.copyOf(gateways.entrySet()));
        return "{\n"
                + "  \"bootstrap\": " + quote(bootstrap) + ",\n"
                + "  \"registry\": " + (registry == null ? "null" : quote(registry)) + ",\n"
                + "  \"credentials\": " + credentialsJson + ",\n"
                + "  \"producer\": " + (producer == null ? "null" : quote(producer)) + ",\n"
                + "  \"gateways\": " + gatewaysJson + ",\n"
                + "  \"dashboard\": " + (dashboard == null ? "null" : quote(dashboard)) + ",\n"
                + "  \"webLogins\": "
                + (webLogins == null ? "null" : quote(webLogins.toAbsolutePath().toString()))
                + ",\n"
                + "  \"simulation\": " + (simulation == null ? "null" : quote(simulation)) + "\n"
                + "}\n";
    }

    private static String object(List<Map.Entry<String, String>> entries) {
        if (entries.isEmpty()) {
            return "{}";
        }
        return entries.stream()
                .map(entry -> "    " + quote(entry.getKey()) + ": " + quote(entry.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n  }"));
    }

    void writeTo(Path file) {
        PrivateFiles.write(file, toJson());
    }

    static String quote(String value) {
        var json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
