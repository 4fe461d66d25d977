package io.newsflow.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.alerts.stream.AlertsOptions;
import io.newsflow.alerts.stream.AlertsTopology;
import io.newsflow.alerts.webhook.WebhookClient;
import io.newsflow.alerts.webhook.WebhookTopology;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.streams.StreamsDefaults;
import io.newsflow.schemas.topics.Topics;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The two Streams applications of the alerts service: development detection (exactly-once) and webhook
 * delivery (at-least-once, idempotency keys).
 */
public final class AlertsService {
    private AlertsService() {
    }

    public static KafkaStreams detection(Settings settings, Topics topics, MeterRegistry registry) {
        AlertsOptions options = new AlertsOptions(AlertsOptions.DEVELOPMENT_TYPES,
                settings.getDuration("alerts.digest.check.interval"), Clock.systemUTC());
        StreamsBuilder builder = new StreamsBuilder();
        AlertsTopology.build(builder, topics, options, registry);
        Properties properties = StreamsDefaults.properties(settings, AlertsTopology.APPLICATION_ID, "alerts");
        return StreamsDefaults.create(builder.build(properties), properties);
    }

    public static KafkaStreams webhooks(Settings settings, Topics topics, MeterRegistry registry) {
        WebhookClient client = new WebhookClient(settings.getInt("alerts.webhook.attempts"),
                settings.getDuration("alerts.webhook.backoff"), settings.getDuration("alerts.webhook.timeout"));
        StreamsBuilder builder = new StreamsBuilder();
        WebhookTopology.build(builder, topics, client, registry);
        Properties properties = StreamsDefaults.properties(settings, WebhookTopology.APPLICATION_ID, "webhook");
        // An HTTP call cannot be part of a Kafka transaction: deliver at least once, receivers deduplicate
        // on the Idempotency-Key header.
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return StreamsDefaults.create(builder.build(properties), properties);
    }
}
