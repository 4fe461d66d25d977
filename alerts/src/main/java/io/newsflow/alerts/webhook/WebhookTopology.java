package io.newsflow.alerts.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Webhook delivery, its own Streams application because an HTTP call cannot join a Kafka transaction:
 * it runs at-least-once and relies on the idempotency key instead. Reads news.alerts.deliveries.v1.
 */
public final class WebhookTopology {
    public static final String APPLICATION_ID = "newsflow-webhooks";

    private WebhookTopology() {
    }

    public static void build(StreamsBuilder builder, Topics topics, WebhookClient client, MeterRegistry registry) {
        Topic<String, Subscription> subscriptions = topics.subscriptions();
        builder.globalTable(subscriptions.name(),
                Consumed.with(subscriptions.keySerde(), subscriptions.valueSerde()).withName("read-subscriptions"),
                Materialized.<String, Subscription, KeyValueStore<Bytes, byte[]>>as(WebhookSender.SUBSCRIPTIONS_STORE)
                        .withKeySerde(subscriptions.keySerde()).withValueSerde(subscriptions.valueSerde()));
        Topic<String, Alert> deliveries = topics.deliveries();
        Topic<byte[], DeadLetter> deadLetters = topics.deadLetters();
        builder.stream(deliveries.name(), Consumed.with(deliveries.keySerde(), deliveries.valueSerde())
                        .withName("read-deliveries"))
                .process(() -> new WebhookSender(client, deliveries.valueSerde().serializer(), deliveries.name(),
                        registry), Named.as("post-webhooks"))
                .to(deadLetters.name(), Produced.with(deadLetters.keySerde(), deadLetters.valueSerde())
                        .withName("write-failed-webhooks"));
    }
}
