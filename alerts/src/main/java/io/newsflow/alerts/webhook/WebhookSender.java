package io.newsflow.alerts.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.json.RecordJson;
import io.newsflow.schemas.streams.DeadLetters;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Delivers each subscription's alerts to its webhook, if it has one. A delivery that fails after the
 * retries becomes a dead letter (the alert bytes, the subscription and the reason); the next goes on.
 */
final class WebhookSender implements Processor<String, Alert, byte[], DeadLetter> {
    static final String SUBSCRIPTIONS_STORE = "webhook-subscriptions";

    private final WebhookClient client;
    private final Serializer<Alert> alertBytes;
    private final String deliveriesTopic;
    private final MeterRegistry registry;
    private ProcessorContext<byte[], DeadLetter> context;
    private TimestampedKeyValueStore<String, Subscription> subscriptions;

    WebhookSender(WebhookClient client, Serializer<Alert> alertBytes, String deliveriesTopic,
                  MeterRegistry registry) {
        this.client = client;
        this.alertBytes = alertBytes;
        this.deliveriesTopic = deliveriesTopic;
        this.registry = registry;
    }

    @Override
    public void init(ProcessorContext<byte[], DeadLetter> context) {
        this.context = context;
        this.subscriptions = context.getStateStore(SUBSCRIPTIONS_STORE);
    }

    @Override
    public void process(Record<String, Alert> record) {
        ValueAndTimestamp<Subscription> found = subscriptions.get(record.key());
        if (found == null || found.value().getWebhookUrl() == null) {
            return;
        }
        Subscription subscription = found.value();
        Alert alert = record.value();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("subscription", subscription.getId());
        body.set("alert", RecordJson.toNode(alert));
        try {
            client.post(URI.create(subscription.getWebhookUrl()), body.toString(),
                    alert.getAlertId() + ":" + subscription.getId());
            registry.counter("newsflow.webhooks.delivered", "subscription", subscription.getId()).increment();
        } catch (WebhookClient.WebhookFailure | IllegalArgumentException failure) {
            registry.counter("newsflow.webhooks.failed", "subscription", subscription.getId()).increment();
            DeadLetter letter = DeadLetters.forInput("webhook", "webhook-failed",
                    subscription.getWebhookUrl() + " (subscription " + subscription.getId() + ")",
                    alertBytes.serialize(deliveriesTopic, alert), failure, Instant.now());
            DeadLetters.count("webhook", "webhook-failed");
            context.forward(new Record<>(record.key().getBytes(StandardCharsets.UTF_8), letter, record.timestamp()));
        }
    }
}
