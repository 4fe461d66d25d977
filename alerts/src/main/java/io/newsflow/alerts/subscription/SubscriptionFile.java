package io.newsflow.alerts.subscription;

import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.events.EventType;
import io.newsflow.schemas.yaml.YamlEntry;
import io.newsflow.schemas.yaml.YamlListFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads subscriptions from YAML:
 * <pre>
 * subscriptions:
 *   - id: venezuela-desk
 *     entities: [person:nicolas-maduro, place:venezuela]
 *     eventTypes: [REJECT, SANCTIONS_IMPOSED, SANCTIONS_EASED]
 *     keywords: [amnesty, oil sanctions]
 *     minCorroboration: 1
 *     sentiment: {min: -1.0, max: 1.0}
 *     outputTopic: alerts.venezuela-desk
 *     webhook: https://hooks.example.org/newsflow
 *     throttle: {maxAlerts: 10, window: 1h}
 * </pre>
 * Every value is checked before anything is published, because a subscription that cannot match or
 * deliver fails silently at runtime; all mistakes of a file are reported at once, each with the file,
 * the subscription, the field and what is allowed.
 */
public final class SubscriptionFile {
    private static final YamlListFile FORMAT = new YamlListFile("subscriptions", "subscription",
            List.of("id", "description", "entities", "eventTypes", "keywords", "sources", "kinds", "minCorroboration",
                    "sentiment", "outputTopic", "webhook", "throttle"),
            Pattern.compile("[A-Za-z0-9._:-]+"),
            "use letters, digits, '.', '_', ':' and '-', such as venezuela-desk");
    private static final List<String> EVENT_TYPES = Arrays.stream(EventType.values()).map(Enum::name).toList();
    private static final List<String> KINDS = List.of("NEW_DEVELOPMENT", "NEW_STORY");
    private static final String SENTIMENT_RULE = "min ≤ max, each in [-1, 1]";
    /** Kafka's own rule for topic names; the broker refuses any other, so the alerts would never arrive. */
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    /**
     * newsflow's topics are news.*.v1 and its Streams applications' internal ones newsflow-*, Kafka's own
     * start with two underscores: alerts written there would corrupt what the pipeline reads.
     */
    private static final List<String> RESERVED_TOPIC_PREFIXES = List.of("news.", "newsflow-", "__");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,9})\\s*([smhd])");

    private SubscriptionFile() {
    }

    public static List<Subscription> read(Path file) {
        return FORMAT.read(file, SubscriptionFile::subscription);
    }

    /** The file's bytes, read once so that what is parsed and what is fingerprinted are the same. */
    public static byte[] content(Path file) {
        return FORMAT.content(file);
    }

    /** As {@link #read}, for the {@link #content} of {@code file}. */
    public static List<Subscription> parse(Path file, byte[] content) {
        return FORMAT.parse(file.toString(), content, SubscriptionFile::subscription);
    }

    private static Subscription subscription(YamlEntry entry) {
        Subscription.Builder builder = Subscription.newBuilder()
                .setId(entry.id())
                .setDescription(entry.text("description").orElse(""))
                .setEntities(entry.texts("entities"))
                .setEventTypes(entry.choices("eventTypes", EVENT_TYPES, "event type"))
                .setKeywords(entry.texts("keywords"))
                .setSources(entry.texts("sources"))
                .setKinds(entry.choices("kinds", KINDS, "alert kind"))
                .setMinCorroboration(entry.wholeNumber("minCorroboration", 1).orElse(1))
                .setOutputTopic(outputTopic(entry).orElse(null))
                .setWebhookUrl(webhook(entry).orElse(null));
        entry.section("sentiment", List.of("min", "max")).ifPresent(sentiment -> {
            sentiment.number("min", -1, 1, SENTIMENT_RULE).ifPresent(builder::setMinSentiment);
            sentiment.number("max", -1, 1, SENTIMENT_RULE).ifPresent(builder::setMaxSentiment);
            if (builder.getMinSentiment() != null && builder.getMaxSentiment() != null
                    && builder.getMinSentiment() > builder.getMaxSentiment()) {
                entry.problem("sentiment", "min " + builder.getMinSentiment() + " is above max "
                        + builder.getMaxSentiment() + "; give " + SENTIMENT_RULE);
            }
        });
        entry.section("throttle", List.of("maxAlerts", "window")).ifPresent(throttle -> {
            if (!throttle.has("maxAlerts")) {
                throttle.problem("maxAlerts", "missing; a throttle needs maxAlerts, a whole number ≥ 1");
            }
            throttle.wholeNumber("maxAlerts", 1).ifPresent(builder::setThrottleMaxAlerts);
            builder.setThrottleWindowMillis(window(throttle).toMillis());
        });
        return builder.build();
    }

    private static Optional<String> outputTopic(YamlEntry entry) {
        Optional<String> topic = entry.text("outputTopic");
        if (topic.isPresent() && (!TOPIC_NAME.matcher(topic.get()).matches() || topic.get().matches("\\.{1,2}"))) {
            entry.problem("outputTopic", "'" + topic.get() + "' is not a Kafka topic name; give 1–249 characters of "
                    + "a-z, A-Z, 0-9, '.', '_' and '-' (but not '.' or '..'), such as alerts.venezuela-desk");
            return Optional.empty();
        }
        if (topic.isPresent() && RESERVED_TOPIC_PREFIXES.stream().anyMatch(topic.get()::startsWith)) {
            entry.problem("outputTopic", "'" + topic.get() + "' is in a namespace kept for newsflow's and Kafka's own "
                    + "topics (names starting with " + String.join(", ", RESERVED_TOPIC_PREFIXES) + "); give a topic "
                    + "of your own such as alerts.venezuela-desk");
            return Optional.empty();
        }
        return topic;
    }

    private static Optional<String> webhook(YamlEntry entry) {
        Optional<String> url = entry.text("webhook");
        if (url.isPresent() && !isAbsoluteHttpUrl(url.get())) {
            entry.problem("webhook", "'" + url.get() + "' is not an absolute http(s) URL; give one such as "
                    + "https://hooks.example.org/newsflow");
            return Optional.empty();
        }
        return url;
    }

    private static boolean isAbsoluteHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The throttle window; one hour when not given (also when it is wrong, which is reported). */
    private static Duration window(YamlEntry throttle) {
        Optional<String> text = throttle.text("window");
        if (text.isEmpty()) {
            return Duration.ofHours(1);
        }
        Matcher window = WINDOW.matcher(text.get().toLowerCase(Locale.ROOT));
        long amount = window.matches() ? Long.parseLong(window.group(1)) : 0;
        if (amount < 1) {
            throttle.problem("window", "'" + text.get() + "' is not a duration; give a whole number ≥ 1 and a unit "
                    + "s, m, h or d, such as 30m, 1h or 1d");
            return Duration.ofHours(1);
        }
        return switch (window.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
