package io.newsflow.alerts.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.alerts.subscription.ThrottleWindow;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.serde.JsonStateSerde;
import io.newsflow.schemas.streams.InputBacklog;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The alerts service: enriched articles, re-keyed by story and put back in ingest's first-seen order
 * ({@code story-order}), are compared with what each story knows ({@code track-developments}); alerts go to {@code news.alerts.v1}; each alert is then fanned out to the
 * subscriptions it matched, re-keyed by subscription, throttled ({@code throttle-deliveries}) and written to
 * {@code news.alerts.deliveries.v1} and to the subscription's own topic when it has one.
 */
public final class AlertsTopology {
    public static final String APPLICATION_ID = "newsflow-alerts";

    private static final String STORY_REPARTITION = "alerts-by-story";

    private AlertsTopology() {
    }

    /** The topics development detection reads articles from, in the order articles pass them. */
    public static List<String> inputs(String applicationId, Topics topics) {
        return List.of(topics.enrichedArticles().name(), applicationId + "-" + STORY_REPARTITION + "-repartition");
    }

    /**
     * The topology, counting alerts on the registry; the backlog tells story-order when a held article
     * can go before the grace (see {@link InputBacklog}).
     */
    public static void build(StreamsBuilder builder, Topics topics, AlertsOptions options, MeterRegistry registry,
                             InputBacklog backlog) {
        Topic<String, Subscription> subscriptions = topics.subscriptions();
        builder.globalTable(subscriptions.name(),
                Consumed.with(subscriptions.keySerde(), subscriptions.valueSerde()).withName("read-subscriptions"),
                Materialized.<String, Subscription, KeyValueStore<Bytes, byte[]>>as(SubscriptionBook.STORE)
                        .withKeySerde(subscriptions.keySerde()).withValueSerde(subscriptions.valueSerde()));
        // Cached: a story's memory is rewritten with each of its articles, and a commit need only log the last.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DevelopmentProcessor.STORE),
                Serdes.String(), JsonStateSerde.of(StoryMemory.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DeliveryProcessor.STORE),
                Serdes.String(), JsonStateSerde.of(ThrottleWindow.class)).withCachingEnabled());

        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        Topic<String, Alert> alertsTopic = topics.alerts();
        KStream<String, Alert> alerts = builder
                .stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde())
                        .withTimestampExtractor(new PublishedAtTimestamp()).withName("read-enriched"))
                .selectKey((articleId, article) -> article.getStoryId(), Named.as("key-by-story"))
                .repartition(Repartitioned.with(Serdes.String(), enriched.valueSerde()).withName(STORY_REPARTITION))
                .process(StoryOrderProcessor.supplier(enriched.valueSerde(), options.orderGrace(), backlog),
                        Named.as("story-order"))
                .process(() -> new DevelopmentProcessor(options, registry), Named.as("track-developments"),
                        DevelopmentProcessor.STORE);
        alerts.to(alertsTopic.name(), Produced.with(alertsTopic.keySerde(), alertsTopic.valueSerde())
                .withName("write-alerts"));

        Topic<String, Alert> deliveries = topics.deliveries();
        KStream<String, Alert> delivered = alerts
                .flatMap((storyId, alert) -> alert.getSubscriptions().stream()
                        .map(subscriptionId -> KeyValue.pair(subscriptionId, alert)).toList(),
                        Named.as("fan-out-to-subscriptions"))
                .repartition(Repartitioned.with(Serdes.String(), alertsTopic.valueSerde())
                        .withName("alerts-by-subscription"))
                .process(() -> new DeliveryProcessor(options), Named.as("throttle-deliveries"),
                        DeliveryProcessor.STORE);
        delivered.to(deliveries.name(), Produced.with(deliveries.keySerde(), deliveries.valueSerde())
                .withName(DeliveryProcessor.TO_DELIVERIES));
        delivered.to(new SubscriptionTopicName(), Produced.with(deliveries.keySerde(), deliveries.valueSerde())
                .withName(DeliveryProcessor.TO_SUBSCRIPTION_TOPICS));
    }
}
