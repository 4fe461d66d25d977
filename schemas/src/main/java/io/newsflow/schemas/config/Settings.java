package io.newsflow.schemas.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * newsflow's settings, layered: built-in defaults &lt; properties file &lt; {@code NEWSFLOW_*} environment
 * &lt; command-line flags. Keys are Kafka-style dotted names; every Kafka client or Streams property
 * passes through to the clients unchanged ({@code NEWSFLOW_BOOTSTRAP_SERVERS} becomes
 * {@code bootstrap.servers}: strip the prefix, lower-case, underscores become dots).
 */
public final class Settings {
    public static final String ENV_PREFIX = "NEWSFLOW_";
    private static final String DEFAULTS_RESOURCE = "/io/newsflow/newsflow-defaults.properties";

    private final Map<String, String> values;
    /** The keys some layer above the built-in defaults set: a file, the environment, a flag or {@link #with}. */
    private final Set<String> given;

    private Settings(Map<String, String> values, Set<String> given) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.given = Set.copyOf(given);
    }

    /** Defaults, then the file (if given), then the environment, then the explicit overrides. */
    public static Settings load(Path configFile, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> layered = new LinkedHashMap<>();
        if (configFile != null) {
            layered.putAll(readFile(configFile));
        }
        layered.putAll(fromEnvironment(environment));
        layered.putAll(overrides);
        Map<String, String> merged = new LinkedHashMap<>(builtInDefaults());
        merged.putAll(layered);
        return new Settings(merged, layered.keySet());
    }

    public static Settings defaults() {
        return new Settings(builtInDefaults(), Set.of());
    }

    /** A copy with these keys set (later wins). */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        Set<String> keys = new HashSet<>(given);
        keys.addAll(overrides.keySet());
        return new Settings(merged, keys);
    }

    public Settings with(String key, String value) {
        return with(Map.of(key, value));
    }

    /** The keys the config file, the environment or a flag gave. */
    public Set<String> givenKeys() {
        return given;
    }

    /** True when the key's value comes from the config file, the environment or a flag, not the built-in defaults. */
    public boolean isGiven(String key) {
        return given.contains(key);
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank());
    }

    public String get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("setting '" + key + "' is not set; set it in "
                + "the --config file, as " + environmentName(key) + ", or with a flag"));
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a whole number, got '" + value + "'", e);
        }
    }

    /** Durations are written as ISO-8601 ({@code PT14D}) or as a number with a unit: 500ms, 30s, 5m, 2h, 7d. */
    public Duration getDuration(String key) {
        String value = get(key).trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            int unitStart = 0;
            while (unitStart < value.length() && Character.isDigit(value.charAt(unitStart))) {
                unitStart++;
            }
            long amount = Long.parseLong(value.substring(0, unitStart));
            return switch (value.substring(unitStart)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s", "" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("unknown unit");
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a duration such as 30s, 5m, 7d or PT1H, "
                    + "got '" + value + "'", e);
        }
    }

    /** Every setting, for Kafka clients: they take what they know and ignore the rest. */
    public Map<String, Object> asClientConfig() {
        return new LinkedHashMap<>(values);
    }

    public Properties asProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    public static String environmentName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                settings.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return settings;
    }

    private static Map<String, String> builtInDefaults() {
        try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            Properties properties = new Properties();
            properties.load(in);
            return toMap(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in defaults " + DEFAULTS_RESOURCE, e);
        }
    }

    private static Map<String, String> readFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return toMap(properties);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file " + file + " does not exist", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name).trim()));
        return map;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
