package org.coophub.cli.simulation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coophub.schemas.Topics;

/**
 * The simulation's command line.
 *
 * @param gateways the real gateways, driven through their officers' REST API, by party
 * @param perMinute live requests the court dispatches per minute; 0 for none
 * @param day how long one simulated day lasts
 * @param port the status server's port (0: any free one)
 * @param liveAfter live traffic starts once this file exists ({@code up} writes it when the
 *     history is loaded); empty: at once
 */
record SimulationOptions(
        Path credentialsDir,
        Map<String, URI> gateways,
        Optional<URI> producer,
        double perMinute,
        Duration day,
        long seed,
        int port,
        Optional<Path> webCredentials,
        Optional<Path> liveAfter) {

    static final String USAGE = "usage: SimulationMain --credentials-dir <dir> [--gateway P=http://127.0.0.1:8091]..."
            + " [--producer http://127.0.0.1:8080] [--rate 4/min] [--day 2s] [--seed N] [--port P]"
            + " [--web-credentials <file>] [--live-after <file>]";

    static SimulationOptions parse(List<String> args) {
        Path credentials = null;
        var gateways = new LinkedHashMap<String, URI>();
        URI producer = null;
        double rate = 4;
        Duration day = Duration.ofSeconds(2);
        long seed = 20171122L;
        int port = 0;
        Path web = null;
        Path liveAfter = null;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
                }
                value = args.get(++i);
            }
            switch (name) {
                case "--credentials-dir" -> credentials = Path.of(value);
                case "--gateway" -> {
                    int split = value.indexOf('=');
                    String party = split > 0 ? value.substring(0, split) : "";
                    if (!Topics.isPartyCode(party)) {
                        throw new IllegalArgumentException("--gateway expects P=http://host:port, got " + value);
                    }
                    gateways.put(party, url(value.substring(split + 1)));
                }
                case "--producer" -> producer = url(value);
                case "--rate" -> rate = rate(value);
                case "--day" -> day = duration(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--web-credentials" -> web = Path.of(value);
                case "--live-after" -> liveAfter = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (credentials == null) {
            throw new IllegalArgumentException("--credentials-dir is required\n" + USAGE);
        }
        if (rate > 0 && producer == null) {
            throw new IllegalArgumentException("--producer is required for live traffic (or --rate 0)\n" + USAGE);
        }
        return new SimulationOptions(
                credentials,
                gateways,
                Optional.ofNullable(producer),
                rate,
                day,
                seed,
                port,
                Optional.ofNullable(web),
                Optional.ofNullable(liveAfter));
    }

    private static URI url(String text) {
        URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("expected an http:// or https:// URL, got " + text);
        }
        return uri;
    }

    /** {@code 4/min}, {@code 4}, {@code 120/h} or {@code 1/s}. */
    static double rate(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/");
        double count = Double.parseDouble(parts[0]);
        if (count < 0) {
            throw new IllegalArgumentException("--rate must not be negative");
        }
        String unit = parts.length > 1 ? parts[1] : "min";
        return switch (unit) {
            case "s", "sec" -> count * 60;
            case "min", "m" -> count;
            case "h", "hour" -> count / 60;
            default -> throw new IllegalArgumentException("--rate expects n/min, n/s or n/h, got " + text);
        };
    }

    /** {@code 2s}, {@code 500ms}, {@code 1m} or ISO-8601 {@code PT2S}. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration parsed;
            if (value.startsWith("p")) {
                parsed = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            } else if (value.endsWith("ms")) {
                parsed = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                parsed = Duration.ofMillis((long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            } else if (value.endsWith("m")) {
                parsed =
                        Duration.ofMillis((long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 60_000));
            } else if (value.endsWith("h")) {
                parsed = Duration.ofMillis(
                        (long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 3_600_000));
            } else {
                throw new NumberFormatException(text);
            }
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("--day must be positive, got " + text);
            }
            return parsed;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("--day expects e.g. 2s, 500ms, 1m or PT2S, got " + text);
        }
    }
}
