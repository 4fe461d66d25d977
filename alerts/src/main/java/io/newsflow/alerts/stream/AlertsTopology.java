package io.newsflow.alerts.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.DigestSummary;
import io.newsflow.alerts.subscription.ThrottleWindow;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.serde.JsonStateSerde;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.time.Duration;
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
 * The alerts service: each story's articles, as enrich writes them under the story id in first-seen order on
 * {@code news.stories.articles.v1} (without their bodies), are compared with what the story knows
 * ({@code track-developments}); alerts go to {@code news.alerts.v1}; each alert is then fanned out to the
 * subscriptions it matched, re-keyed by subscription, throttled ({@code throttle-deliveries}) and written to
 * {@code news.alerts.deliveries.v1} and to the subscription's own topic when it has one. Beside the
 * memory, {@code digest-stories} keeps each story's digest (headline, articles, entities) for the explorer,
 * and {@code count-copies} counts there the copies dedup found of its articles.
 */
public final class AlertsTopology {
    public static final String APPLICATION_ID = "newsflow-alerts";
    /** Re-keys each article's story id by article id, where copies of it meet it (both keyed by the original). */
    private static final String ARTICLE_STORY_REPARTITION = "alerts-article-story";

    private AlertsTopology() {
    }

    /** The topic development detection reads articles from. */
    public static List<String> inputs(Topics topics) {
        return List.of(topics.storyArticles().name());
    }

    /** The topology, counting alerts on the registry. */
    public static void build(StreamsBuilder builder, Topics topics, AlertsOptions options, MeterRegistry registry) {
        Topic<String, Subscription> subscriptions = topics.subscriptions();
        builder.globalTable(subscriptions.name(),
                Consumed.with(subscriptions.keySerde(), subscriptions.valueSerde()).withName("read-subscriptions"),
                Materialized.<String, Subscription, KeyValueStore<Bytes, byte[]>>as(SubscriptionBook.STORE)
                        .withKeySerde(subscriptions.keySerde()).withValueSerde(subscriptions.valueSerde()));
        // Cached: a story's memory is rewritten with each of its articles, and a commit need only log the last.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DevelopmentProcessor.STORE),
                Serdes.String(), new StoryMemorySerde()).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DevelopmentProcessor.DIGESTS_DUE_STORE), Serdes.String(), Serdes.Long()));
        // The digest's summary is rewritten per article (cached, so a commit logs a story's last one); each listed
        // article is a record of its own, written once and again only when a copy of it is counted.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
                StoryDigestProcessor.SUMMARY_STORE), Serdes.String(), JsonStateSerde.of(DigestSummary.class))
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(
                StoryDigestProcessor.ARTICLES_STORE), Serdes.String(), JsonStateSerde.of(DigestArticle.class))
                .withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(ArticleStoryProcessor.STORE,
                ArticleStoryProcessor.RETENTION, Duration.ofMillis(1), false), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(
                ArticleStoryProcessor.AWAITING_STORE, ArticleStoryProcessor.RETENTION, Duration.ofMillis(1), false),
                Serdes.String(), Serdes.Integer()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DeliveryProcessor.STORE),
                Serdes.String(), JsonStateSerde.of(ThrottleWindow.class)).withCachingEnabled());

        Topic<String, EnrichedArticle> storyArticles = topics.storyArticles();
        Topic<String, Alert> alertsTopic = topics.alerts();
        // Enrich writes a story's articles from one task, in ingest's first-seen order, so they come here in the
        // order development tracking needs (the first report of a development is its NEW_DEVELOPMENT and names it;
        // later ones corroborate), with no re-keying or holding back. An article that merged stories also comes
        // under each story it absorbed, for that story's digest.
        KStream<String, EnrichedArticle> byStory = builder
                .stream(storyArticles.name(), Consumed.with(storyArticles.keySerde(), storyArticles.valueSerde())
                        .withTimestampExtractor(new PublishedAtTimestamp()).withName("read-story-articles"));
        // The explorer's digest sits beside the story memory, on the same partitions, so one query finds both.
        byStory.process(StoryDigestProcessor::new, Named.as(StoryDigestProcessor.NAME), StoryDigestProcessor.STORES);
        KStream<String, EnrichedArticle> ownArticles = byStory
                .filter((storyId, article) -> storyId.equals(article.getStoryId()), Named.as("own-story-articles"));
        countCopies(builder, topics, ownArticles);
        KStream<String, Alert> alerts = ownArticles
                .process(() -> new DevelopmentProcessor(options, registry), Named.as("track-developments"),
                        DevelopmentProcessor.STORE, DevelopmentProcessor.DIGESTS_DUE_STORE);
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

    /**
     * A copy names only its original: the original's story is looked up where the original was noted (both
     * keyed by the original's id), then the copy is counted in that story's digest.
     */
    private static void countCopies(StreamsBuilder builder, Topics topics,
                                    KStream<String, EnrichedArticle> ownArticles) {
        String[] stores = {ArticleStoryProcessor.STORE, ArticleStoryProcessor.AWAITING_STORE};
        KStream<String, String> released = ownArticles
                .map((storyId, article) -> KeyValue.pair(article.getArticleId(), storyId), Named.as("key-by-article"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName(ARTICLE_STORY_REPARTITION))
                .process(ArticleStoryProcessor::new, Named.as(ArticleStoryProcessor.NAME), stores);
        Topic<String, DuplicateNotice> duplicates = topics.duplicates();
        builder.stream(duplicates.name(), Consumed.with(duplicates.keySerde(), duplicates.valueSerde())
                        .withName("read-duplicates"))
                .selectKey((copyId, copy) -> copy.getDuplicateOf(), Named.as("key-by-original"))
                .repartition(Repartitioned.with(Serdes.String(), duplicates.valueSerde()).withName("copies-by-original"))
                .process(CopyStoryProcessor::new, Named.as(CopyStoryProcessor.NAME), stores)
                .merge(released, Named.as("copies-found"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.String()).withName("copies-by-story"))
                .process(CopyCountProcessor::new, Named.as(CopyCountProcessor.NAME), StoryDigestProcessor.STORES);
    }
}
