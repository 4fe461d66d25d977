package io.newsflow.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.alerts.development.AlertBudget;
import io.newsflow.alerts.stream.AlertsOptions;
import io.newsflow.alerts.stream.AlertsTopology;
import io.newsflow.alerts.webhook.DeliveryRules;
import io.newsflow.alerts.webhook.WebhookClient;
import io.newsflow.alerts.webhook.WebhookTargets;
import io.newsflow.alerts.webhook.stream.WebhookTopology;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.streams.StreamsDefaults;
import io.newsflow.schemas.topics.Topics;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The two Streams applications of the alerts service: development detection and webhook delivery. Both
 * run exactly-once on the Kafka side; a webhook POST is a side effect outside Kafka, delivered at least
 * once with an idempotency key (see WebhookOutbox).
 */
public final class AlertsService {
    /** host:port of this instance's story explorer, set by whoever serves it; unset, stories are not queryable. */
    public static final String QUERY_ENDPOINT = "alerts.query.endpoint";

    private AlertsService() {
    }

    public static KafkaStreams detection(Settings settings, Topics topics, MeterRegistry registry) {
        AlertsOptions options = new AlertsOptions(AlertsOptions.DEVELOPMENT_TYPES,
                settings.getDuration("alerts.digest.check.interval"), Clock.systemUTC(),
                new AlertBudget(settings.getInt("alerts.budget.story.actor.articles"),
                        settings.getDuration("alerts.budget.corroboration.window"),
                        settings.getDuration("alerts.budget.development.span"),
                        settings.getInt("alerts.budget.story.cap"),
                        settings.getDuration("alerts.budget.story.cap.window"),
                        budgetEnforced(settings.get("alerts.budget"))));
        StreamsBuilder builder = new StreamsBuilder();
        AlertsTopology.build(builder, topics, options, registry);
        Properties properties = StreamsDefaults.properties(settings, AlertsTopology.APPLICATION_ID, "alerts");
        // Where the explorer of this instance answers, so the others can send it the queries for its stories.
        settings.find(QUERY_ENDPOINT).ifPresent(endpoint ->
                properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, endpoint));
        return StreamsDefaults.create(builder.build(properties), properties);
    }

    private static boolean budgetEnforced(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("alerts.budget must be on or off, got '" + value
                    + "'; set NEWSFLOW_ALERTS_BUDGET=on (the default) or off");
        };
    }

    public static KafkaStreams webhooks(Settings settings, Topics topics, MeterRegistry registry) {
        WebhookClient client = new WebhookClient(settings.getDuration("alerts.webhook.timeout"),
                WebhookTargets.allowing(settings.find(WebhookTargets.ALLOW_SETTING).orElse("")));
        DeliveryRules rules = new DeliveryRules(settings.getInt("alerts.webhook.attempts"),
                settings.getDuration("alerts.webhook.backoff"), settings.getInt("alerts.webhook.max.pending"));
        StreamsBuilder builder = new StreamsBuilder();
        WebhookTopology.build(builder, topics, client, rules, registry);
        Properties properties = StreamsDefaults.properties(settings, WebhookTopology.APPLICATION_ID, "webhook");
        return StreamsDefaults.create(builder.build(properties), properties);
    }
}
