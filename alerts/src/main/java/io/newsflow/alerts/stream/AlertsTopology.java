package io.newsflow.alerts.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.DigestSummary;
import io.newsflow.alerts.subscription.ThrottleWindow;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.serde.JsonStateSerde;
import io.newsflow.schemas.streams.FirstSeenOrder;
import io.newsflow.schemas.streams.FirstSeenOrderProcessor;
import io.newsflow.schemas.streams.OrderInput;
import io.newsflow.schemas.streams.InputBacklog;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
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
 * The alerts service: enriched articles, without their bodies ({@code drop-body}: nothing here reads them),
 * re-keyed by story and put back in ingest's first-seen order
 * ({@code story-order}), are compared with what each story knows ({@code track-developments}); alerts go to {@code news.alerts.v1}; each alert is then fanned out to the
 * subscriptions it matched, re-keyed by subscription, throttled ({@code throttle-deliveries}) and written to
 * {@code news.alerts.deliveries.v1} and to the subscription's own topic when it has one. Beside the
 * memory, {@code digest-stories} keeps each story's digest (headline, articles, entities) for the explorer,
 * and {@code count-copies} counts there the copies dedup found of its articles.
 */
public final class AlertsTopology {
    public static final String APPLICATION_ID = "newsflow-alerts";
    /**
     * Each story's articles back in ingest's first-seen order before development tracking, whose outcome
     * depends on the order (the first report of a development is its NEW_DEVELOPMENT and names it; later ones
     * corroborate). Enrich writes articles in first-seen order, but over several partitions of the enriched
     * topic, so after re-keying by story one story's articles arrive in whatever order the tasks reading those
     * partitions produced them. An earlier-seen article can still be on the enriched topic or on the by-story
     * repartition topic: two steps. Re-keying runs in the task that reads the enriched topic, so an article
     * committed as read there is on the repartition topic, and nothing is released from a punctuation in
     * between: no settle margin is needed.
     */
    static final FirstSeenOrder ARTICLE_ORDER = new FirstSeenOrder("alerts-order-buffer", "alerts-order-schedule",
            Duration.ZERO, 2, EnrichedArticle::getStoryId);

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

        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        Topic<String, Alert> alertsTopic = topics.alerts();
        KStream<String, EnrichedArticle> articles = builder
                .stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde())
                        .withTimestampExtractor(new PublishedAtTimestamp()).withName("read-enriched"));
        // Development tracking and the digest read an article's headline, entities and events, never its body
        // or where in it an entity was mentioned, which are most of the record: without them, the by-story topic
        // and the order buffer's changelog carry a fraction of the bytes. An article that merged stories also goes,
        // keyed by each absorbed story, to that story's digest.
        KStream<String, EnrichedArticle> byStory = articles
                .mapValues(AlertsTopology::withoutBody, Named.as("drop-body"))
                .flatMap((articleId, article) -> article.getAbsorbedStoryIds().isEmpty()
                                ? List.of(KeyValue.pair(article.getStoryId(), article))
                                : Stream.concat(Stream.of(article.getStoryId()), article.getAbsorbedStoryIds().stream())
                                        .map(storyId -> KeyValue.pair(storyId, article)).toList(),
                        Named.as("key-by-story"))
                .repartition(Repartitioned.with(Serdes.String(), enriched.valueSerde()).withName(STORY_REPARTITION));
        // The explorer's digest sits beside the story memory, on the same partitions, so one query finds both;
        // it does not depend on the order articles come in, so it does not wait for story-order.
        byStory.process(StoryDigestProcessor::new, Named.as(StoryDigestProcessor.NAME), StoryDigestProcessor.STORES);
        countCopies(builder, topics, articles);
        KStream<String, Alert> alerts = byStory
                .filter((storyId, article) -> storyId.equals(article.getStoryId()), Named.as("own-story-articles"))
                .mapValues(article -> (OrderInput) new OrderInput.Article(article), Named.as("story-order-input"))
                .process(FirstSeenOrderProcessor.supplier(ARTICLE_ORDER, enriched.valueSerde(), options.orderGrace(),
                        backlog, 0), Named.as("story-order"))
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
     * The article as alerts keeps and re-keys it: everything but the body and where in it each entity was
     * mentioned, which nothing here reads (the offsets point into the body alerts drops).
     */
    private static EnrichedArticle withoutBody(EnrichedArticle article) {
        if (article.getBody().isEmpty() && withoutMentions(article.getEntities()) && article.getAbsorbedArticles()
                .stream().allMatch(absorbed -> withoutMentions(absorbed.getEntities()))) {
            return article;
        }
        // The builder copies the article deeply, so its entities are this copy's own to change.
        EnrichedArticle kept = EnrichedArticle.newBuilder(article).setBody("").build();
        dropMentions(kept.getEntities());
        kept.getAbsorbedArticles().forEach(absorbed -> dropMentions(absorbed.getEntities()));
        return kept;
    }

    private static boolean withoutMentions(List<EntityTag> entities) {
        return entities.stream().allMatch(entity -> entity.getMentions().isEmpty());
    }

    private static void dropMentions(List<EntityTag> entities) {
        entities.forEach(entity -> entity.setMentions(List.of()));
    }

    /**
     * A copy names only its original: the original's story is looked up where the original was noted (both
     * keyed by the original's id), then the copy is counted in that story's digest.
     */
    private static void countCopies(StreamsBuilder builder, Topics topics, KStream<String, EnrichedArticle> articles) {
        String[] stores = {ArticleStoryProcessor.STORE, ArticleStoryProcessor.AWAITING_STORE};
        KStream<String, String> released = articles.process(ArticleStoryProcessor::new,
                Named.as(ArticleStoryProcessor.NAME), stores);
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
