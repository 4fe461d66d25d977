package io.newsflow.alerts.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.schemas.avro.Subscription;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * Mistakes are reported with the file, the subscription and the field, never silently ignored.
 */
public final class SubscriptionFile {
    private static final Set<String> FIELDS = Set.of("id", "description", "entities", "eventTypes", "keywords",
            "sources", "kinds", "minCorroboration", "sentiment", "outputTopic", "webhook", "throttle");
    private static final Set<String> KINDS = Set.of("NEW_DEVELOPMENT", "NEW_STORY");

    private SubscriptionFile() {
    }

    public static List<Subscription> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(new ObjectMapper(new YAMLFactory()).readTree(reader), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read subscriptions file " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Subscription> parse(JsonNode root, String where) {
        JsonNode list = root == null ? null : root.get("subscriptions");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(where + ": expected a top-level 'subscriptions:' list");
        }
        List<Subscription> subscriptions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : list) {
            Subscription subscription = subscription(node, where + ", subscription #" + (subscriptions.size() + 1));
            if (!ids.add(subscription.getId())) {
                throw new IllegalArgumentException(where + ": subscription id '" + subscription.getId()
                        + "' appears twice");
            }
            subscriptions.add(subscription);
        }
        return subscriptions;
    }

    private static Subscription subscription(JsonNode node, String where) {
        String id = node.path("id").asText("").strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'id' is required");
        }
        String named = where + " (" + id + ")";
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(named + ": unknown field '" + name + "'; known fields: "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        Subscription.Builder builder = Subscription.newBuilder()
                .setId(id)
                .setDescription(node.path("description").asText(""))
                .setEntities(strings(node, "entities", named))
                .setEventTypes(strings(node, "eventTypes", named).stream().map(s -> s.toUpperCase(Locale.ROOT))
                        .toList())
                .setKeywords(strings(node, "keywords", named))
                .setSources(strings(node, "sources", named))
                .setKinds(kinds(node, named))
                .setMinCorroboration(node.path("minCorroboration").asInt(1))
                .setOutputTopic(optionalText(node, "outputTopic"))
                .setWebhookUrl(optionalText(node, "webhook"));
        JsonNode sentiment = node.path("sentiment");
        if (sentiment.has("min")) {
            builder.setMinSentiment(sentiment.get("min").asDouble());
        }
        if (sentiment.has("max")) {
            builder.setMaxSentiment(sentiment.get("max").asDouble());
        }
        JsonNode throttle = node.path("throttle");
        if (!throttle.isMissingNode()) {
            int max = throttle.path("maxAlerts").asInt(0);
            if (max < 1) {
                throw new IllegalArgumentException(named + ": throttle.maxAlerts must be at least 1");
            }
            builder.setThrottleMaxAlerts(max);
            builder.setThrottleWindowMillis(duration(throttle.path("window").asText("1h"), named).toMillis());
        }
        return builder.build();
    }

    private static List<String> kinds(JsonNode node, String where) {
        List<String> kinds = strings(node, "kinds", where).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        kinds.stream().filter(kind -> !KINDS.contains(kind)).findFirst().ifPresent(kind -> {
            throw new IllegalArgumentException(where + ": kinds may be NEW_DEVELOPMENT and NEW_STORY, not " + kind);
        });
        return kinds;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be a list");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static Duration duration(String text, String where) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            char unit = value.charAt(value.length() - 1);
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("unknown unit " + unit);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": throttle.window must look like 30m, 1h or 1d, got '" + text
                    + "'", e);
        }
    }
}
