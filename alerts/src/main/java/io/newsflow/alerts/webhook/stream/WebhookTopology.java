package io.newsflow.alerts.webhook.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.alerts.webhook.DeliveryRules;
import io.newsflow.alerts.webhook.PendingDelivery;
import io.newsflow.alerts.webhook.WebhookClient;
import io.newsflow.alerts.webhook.WebhookMeters;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.serde.JsonStateSerde;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Webhook delivery, its own Streams application so that receivers never slow down alert detection.
 * Reads news.alerts.deliveries.v1 (keyed by subscription), keeps what is not delivered yet in the
 * {@code webhook-outbox} store ({@code deliver-webhooks}) and writes what it gives up to the dead-letter topic.
 */
public final class WebhookTopology {
    public static final String APPLICATION_ID = "newsflow-webhooks";

    private WebhookTopology() {
    }

    public static void build(StreamsBuilder builder, Topics topics, WebhookClient client, DeliveryRules rules,
                             MeterRegistry registry) {
        Topic<String, Subscription> subscriptions = topics.subscriptions();
        builder.globalTable(subscriptions.name(),
                Consumed.with(subscriptions.keySerde(), subscriptions.valueSerde()).withName("read-subscriptions"),
                Materialized.<String, Subscription, KeyValueStore<Bytes, byte[]>>as(WebhookOutbox.SUBSCRIPTIONS_STORE)
                        .withKeySerde(subscriptions.keySerde()).withValueSerde(subscriptions.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WebhookOutbox.STORE),
                Serdes.String(), JsonStateSerde.of(PendingDelivery.class)));
        Topic<String, Alert> deliveries = topics.deliveries();
        Topic<byte[], DeadLetter> deadLetters = topics.deadLetters();
        WebhookMeters meters = new WebhookMeters(registry);
        builder.stream(deliveries.name(), Consumed.with(deliveries.keySerde(), deliveries.valueSerde())
                        .withName("read-deliveries"))
                .process(() -> new WebhookOutbox(client, rules, deliveries.valueSerde().serializer(),
                        deliveries.name(), meters), Named.as("deliver-webhooks"), WebhookOutbox.STORE)
                .to(deadLetters.name(), Produced.with(deadLetters.keySerde(), deadLetters.valueSerde())
                        .withName("write-failed-webhooks"));
    }
}
