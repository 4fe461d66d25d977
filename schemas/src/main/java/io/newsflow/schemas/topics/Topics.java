package io.newsflow.schemas.topics;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.KnowledgeEntity;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.StoryUpdate;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.serde.AvroSerde;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed topic registry: every topic newsflow reads or writes, with its key and value serdes, all
 * configured from one client configuration (so {@code schema.registry.url} applies everywhere at once).
 * Names are versioned: a breaking change to a topic's contract means a new topic, never a rewrite.
 */
public final class Topics {
    public static final String RAW_ARTICLES = "news.articles.raw.v1";
    public static final String ENRICHED_ARTICLES = "news.articles.enriched.v1";
    public static final String DUPLICATES = "news.articles.duplicates.v1";
    public static final String STORIES = "news.stories.v1";
    public static final String STORY_ARTICLES = "news.stories.articles.v1";
    public static final String ALERTS = "news.alerts.v1";
    public static final String DEAD_LETTERS = "news.deadletter.v1";
    public static final String SUBSCRIPTIONS = "news.subscriptions.v1";
    public static final String DELIVERIES = "news.alerts.deliveries.v1";
    public static final String INGEST_SEEN = "news.ingest.seen.v1";
    public static final String ENTITIES = "news.entities.v1";
    public static final String SUBSCRIPTION_FILES = "news.subscriptions.files.v1";

    private final Topic<String, RawArticle> rawArticles;
    private final Topic<String, EnrichedArticle> enrichedArticles;
    private final Topic<String, DuplicateNotice> duplicates;
    private final Topic<String, StoryUpdate> stories;
    private final Topic<String, EnrichedArticle> storyArticles;
    private final Topic<String, Alert> alerts;
    private final Topic<byte[], DeadLetter> deadLetters;
    private final Topic<String, Subscription> subscriptions;
    private final Topic<String, Alert> deliveries;
    private final Topic<String, String> ingestSeen;
    private final Topic<String, KnowledgeEntity> entities;
    private final Topic<String, String> subscriptionFiles;

    private Topics(Map<String, ?> clientConfig) {
        rawArticles = stream(RAW_ARTICLES, RawArticle.class, clientConfig);
        enrichedArticles = stream(ENRICHED_ARTICLES, EnrichedArticle.class, clientConfig);
        duplicates = stream(DUPLICATES, DuplicateNotice.class, clientConfig);
        stories = table(STORIES, StoryUpdate.class, clientConfig);
        storyArticles = stream(STORY_ARTICLES, EnrichedArticle.class, clientConfig);
        alerts = stream(ALERTS, Alert.class, clientConfig);
        deadLetters = new Topic<>(DEAD_LETTERS, Serdes.ByteArray(), value(DeadLetter.class, clientConfig), false);
        subscriptions = table(SUBSCRIPTIONS, Subscription.class, clientConfig);
        deliveries = stream(DELIVERIES, Alert.class, clientConfig);
        ingestSeen = new Topic<>(INGEST_SEEN, stringKeys(clientConfig), Serdes.String(), true);
        entities = table(ENTITIES, KnowledgeEntity.class, clientConfig);
        subscriptionFiles = new Topic<>(SUBSCRIPTION_FILES, stringKeys(clientConfig), Serdes.String(), true);
    }

    /** The registry with serdes configured from these client settings (registry URL, credentials, ...). */
    public static Topics configure(Map<String, ?> clientConfig) {
        return new Topics(clientConfig);
    }

    /** Articles as ingested, keyed by article id. */
    public Topic<String, RawArticle> rawArticles() {
        return rawArticles;
    }

    /** Original articles with story, entities, sentiment and events, keyed by article id. */
    public Topic<String, EnrichedArticle> enrichedArticles() {
        return enrichedArticles;
    }

    /** Articles recognised as copies, keyed by the copy's article id. */
    public Topic<String, DuplicateNotice> duplicates() {
        return duplicates;
    }

    /** Story updates, keyed by story id; compacted, so the latest record of a story is its current state. */
    public Topic<String, StoryUpdate> stories() {
        return stories;
    }

    /**
     * Each enriched article under its story id, without its body (see {@link StoryArticles}), written by the one
     * task that assigns stories: a story's articles are on one partition, in ingest's first-seen order. An
     * article that merged stories is also written under each story it absorbed.
     */
    public Topic<String, EnrichedArticle> storyArticles() {
        return storyArticles;
    }

    /** Alerts, keyed by story id. */
    public Topic<String, Alert> alerts() {
        return alerts;
    }

    /** What could not be processed, keyed by the original record key bytes. */
    public Topic<byte[], DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** Alert subscriptions by id (compacted; a tombstone removes one). */
    public Topic<String, Subscription> subscriptions() {
        return subscriptions;
    }

    /** Alerts as delivered to each subscription after throttling (digests included), keyed by subscription id. */
    public Topic<String, Alert> deliveries() {
        return deliveries;
    }

    /**
     * Feed items ingest has handled, keyed by feed URL and item id, valued by when it first saw them;
     * compacted, so it stays one record per item and ingest can read it back at start.
     */
    public Topic<String, String> ingestSeen() {
        return ingestSeen;
    }

    /** Knowledge-base entities added or changed at runtime, by id (compacted; a tombstone removes one). */
    public Topic<String, KnowledgeEntity> entities() {
        return entities;
    }

    /**
     * The SHA-256 of the subscriptions file each alerts service last published at start, keyed by the file's
     * absolute path; compacted. A topic of its own rather than headers on the subscriptions, because
     * compaction and tombstone expiry drop a subscription's record once it is changed or removed at runtime,
     * and with it any mark of which file it came from.
     */
    public Topic<String, String> subscriptionFiles() {
        return subscriptionFiles;
    }

    public List<Topic<?, ?>> all() {
        return List.of(rawArticles, enrichedArticles, duplicates, stories, storyArticles, alerts, deadLetters,
                subscriptions, deliveries, ingestSeen, entities, subscriptionFiles);
    }

    private static <V extends SpecificRecord> Topic<String, V> stream(String name, Class<V> type,
                                                                     Map<String, ?> clientConfig) {
        return new Topic<>(name, stringKeys(clientConfig), value(type, clientConfig), false);
    }

    private static <V extends SpecificRecord> Topic<String, V> table(String name, Class<V> type,
                                                                    Map<String, ?> clientConfig) {
        return new Topic<>(name, stringKeys(clientConfig), value(type, clientConfig), true);
    }

    private static Serde<String> stringKeys(Map<String, ?> clientConfig) {
        Serde<String> keys = Serdes.String();
        keys.configure(clientConfig, true);
        return keys;
    }

    private static <V extends SpecificRecord> Serde<V> value(Class<V> type, Map<String, ?> clientConfig) {
        Serde<V> serde = new AvroSerde<>(type);
        serde.configure(clientConfig, false);
        return serde;
    }
}
