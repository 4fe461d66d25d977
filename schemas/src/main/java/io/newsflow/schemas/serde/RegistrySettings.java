package io.newsflow.schemas.serde;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Schema-registry settings, read from the same client configuration as every Kafka setting and named
 * as Confluent's serializers name them, so an existing client configuration works unchanged.
 */
public record RegistrySettings(List<URI> urls, Optional<String> userInfo, int retries, Duration retryBackoff,
                               Duration requestTimeout) {
    public static final String URL = "schema.registry.url";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String RETRIES = "schema.registry.retries";
    public static final String RETRY_BACKOFF_MS = "schema.registry.retry.backoff.ms";
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";

    /** Present only when {@value #URL} is set; empty means "no registry: single-object encoding". */
    public static Optional<RegistrySettings> from(Map<String, ?> configs) {
        Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            return Optional.empty();
        }
        List<URI> urls = Arrays.stream(url.toString().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s))
                .toList();
        Optional<String> userInfo = Optional.ofNullable(configs.get(USER_INFO)).map(Object::toString)
                .filter(s -> !s.isBlank());
        return Optional.of(new RegistrySettings(urls, userInfo,
                intSetting(configs, RETRIES, 3),
                Duration.ofMillis(intSetting(configs, RETRY_BACKOFF_MS, 200)),
                Duration.ofMillis(intSetting(configs, REQUEST_TIMEOUT_MS, 10_000))));
    }

    private static int intSetting(Map<String, ?> configs, String key, int fallback) {
        Object value = configs.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'", e);
        }
    }
}
