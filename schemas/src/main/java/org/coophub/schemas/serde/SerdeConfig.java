package org.coophub.schemas.serde;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.coophub.schemas.registry.CachingSchemaRegistryClient;
import org.coophub.schemas.registry.HttpSchemaRegistryClient;
import org.coophub.schemas.registry.RegistryConnection;
import org.coophub.schemas.registry.SchemaRegistryClient;

/**
 * The serde's settings, read from Kafka client properties under Confluent's names, so that a
 * properties file written for Confluent's {@code KafkaAvroSerializer} configures ours unchanged.
 */
public record SerdeConfig(
        RegistryConnection registry,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        boolean specificAvroReader,
        SubjectNameStrategy subjectNameStrategy,
        int cacheCapacity,
        Duration latestCacheTtl) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";

    private static final String REGISTRY_PREFIX = "schema.registry.";

    /** Reads the settings for a key ({@code isKey}) or value serde from Kafka client properties. */
    public static SerdeConfig from(Map<String, ?> props, boolean isKey) {
        Object urls = props.get(SCHEMA_REGISTRY_URL);
        if (urls == null || urls.toString().isBlank()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL + " is required: the base URL of a Confluent-API schema"
                    + " registry, e.g. http://127.0.0.1:8081");
        }
        RegistryConnection connection = new RegistryConnection(
                parseUrls(urls),
                userInfo(props),
                Duration.ofMillis(longValue(props, HTTP_CONNECT_TIMEOUT_MS, 10_000)),
                Duration.ofMillis(longValue(props, HTTP_READ_TIMEOUT_MS, 10_000)));
        String strategyProperty = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
        return new SerdeConfig(
                connection,
                booleanValue(props, AUTO_REGISTER_SCHEMAS, true),
                booleanValue(props, USE_LATEST_VERSION, false),
                booleanValue(props, SPECIFIC_AVRO_READER, false),
                SubjectNameStrategy.fromConfig(strategyProperty, props.get(strategyProperty)),
                (int) longValue(props, MAX_SCHEMAS_PER_SUBJECT, 1000),
                Duration.ofSeconds(longValue(props, LATEST_CACHE_TTL_SEC, -1)));
    }

    /** A caching registry client for these settings. */
    public SchemaRegistryClient newClient() {
        return new CachingSchemaRegistryClient(
                new HttpSchemaRegistryClient(registry), cacheCapacity, latestCacheTtl, Clock.systemUTC());
    }

    private static List<URI> parseUrls(Object value) {
        List<String> parts = value instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : Arrays.asList(value.toString().split(","));
        return parts.stream()
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(url -> {
                    if (!url.startsWith("http://") && !url.startsWith("https://")) {
                        throw new ConfigException(SCHEMA_REGISTRY_URL, url, "expected an http:// or https:// URL");
                    }
                    return URI.create(url);
                })
                .toList();
    }

    private static String userInfo(Map<String, ?> props) {
        Object source = first(props, BASIC_AUTH_CREDENTIALS_SOURCE);
        Object userInfo = first(props, BASIC_AUTH_USER_INFO);
        if (source == null && userInfo == null) {
            return null;
        }
        String sourceName =
                source == null ? "USER_INFO" : source.toString().trim().toUpperCase(Locale.ROOT);
        if (!"USER_INFO".equals(sourceName)) {
            throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, source, "only USER_INFO is supported");
        }
        if (userInfo == null || !userInfo.toString().contains(":")) {
            throw new ConfigException(BASIC_AUTH_USER_INFO + " must be user:password when "
                    + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO");
        }
        return userInfo.toString();
    }

    /** Confluent accepts the auth settings both bare and under the {@code schema.registry.} prefix. */
    private static Object first(Map<String, ?> props, String name) {
        Object value = props.get(name);
        return value != null ? value : props.get(REGISTRY_PREFIX + name);
    }

    private static boolean booleanValue(Map<String, ?> props, String name, boolean fallback) {
        Object value = props.get(name);
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new ConfigException(name, value, "expected true or false");
        }
        return Boolean.parseBoolean(text);
    }

    private static long longValue(Map<String, ?> props, String name, long fallback) {
        Object value = first(props, name);
        if (value == null) {
            return fallback;
        }
        try {
            return value instanceof Number number
                    ? number.longValue()
                    : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(name, value, "expected a whole number");
        }
    }
}
