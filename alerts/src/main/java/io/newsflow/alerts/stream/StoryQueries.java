package io.newsflow.alerts.stream;

import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.DigestSummary;
import io.newsflow.alerts.explorer.StoryDigest;
import io.newsflow.alerts.explorer.StoryDigests;
import io.newsflow.alerts.explorer.StoryFilter;
import io.newsflow.alerts.explorer.StorySummary;
import io.newsflow.alerts.explorer.StoryTimeline;
import io.newsflow.alerts.explorer.StoryViews;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on one alerts instance's stories: where a story lives (its digest and its memory are
 * on the same partition, both keyed by story id), and what this instance's active tasks hold.
 */
public final class StoryQueries {
    private final KafkaStreams alerts;

    public StoryQueries(KafkaStreams alerts) {
        this.alerts = alerts;
    }

    /** The instance whose active task holds the story, or empty while no instance does (a rebalance). */
    public Optional<KeyQueryMetadata> owner(String storyId) {
        try {
            KeyQueryMetadata metadata = alerts.queryMetadataForKey(StoryDigestProcessor.SUMMARY_STORE, storyId,
                    Serdes.String().serializer());
            return metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) ? Optional.empty()
                    : Optional.of(metadata);
        } catch (InvalidStateStoreException notStarted) {
            throw new StoreNotQueryableException(StoryDigestProcessor.SUMMARY_STORE, notStarted);
        }
    }

    /** Every instance of the application that holds the stores, this one included. */
    public Collection<StreamsMetadata> instances() {
        try {
            return alerts.streamsMetadataForStore(StoryDigestProcessor.SUMMARY_STORE);
        } catch (InvalidStateStoreException notStarted) {
            throw new StoreNotQueryableException(StoryDigestProcessor.SUMMARY_STORE, notStarted);
        }
    }

    /** The story from this instance's active task of its partition; empty when it holds no such story. */
    public Optional<StoryTimeline> localTimeline(String storyId, int partition) {
        try {
            DigestSummary summary = summaries(partition).get(storyId);
            return summary == null || !summary.hasArticles() ? Optional.empty()
                    : Optional.of(StoryViews.timeline(digests(listed(partition)).view(summary),
                    StoryMemories.read(memories(partition)::get, storyId)));
        } catch (InvalidStateStoreException e) {
            throw new StoreNotQueryableException(StoryDigestProcessor.SUMMARY_STORE, e);
        }
    }

    /** The stories of this instance's active tasks that the filter asks for, newest activity first. */
    public List<StorySummary> localStories(StoryFilter filter) {
        ReadOnlyKeyValueStore<String, StoryMemoryEntry> memories = store(StoreQueryParameters
                .fromNameAndType(DevelopmentProcessor.STORE, QueryableStoreTypes.keyValueStore()));
        StoryDigests digests = digests(store(StoreQueryParameters.fromNameAndType(StoryDigestProcessor.ARTICLES_STORE,
                QueryableStoreTypes.<String, DigestArticle>keyValueStore())));
        List<StorySummary> matching = new ArrayList<>();
        try (KeyValueIterator<String, DigestSummary> all = store(StoreQueryParameters
                .fromNameAndType(StoryDigestProcessor.SUMMARY_STORE, QueryableStoreTypes.<String, DigestSummary>keyValueStore()))
                .all()) {
            all.forEachRemaining(entry -> {
                if (!entry.value.hasArticles()) {
                    return;
                }
                StoryDigest digest = digests.view(entry.value);
                if (filter.matches(digest)) {
                    matching.add(StoryViews.summary(digest, StoryMemories.read(memories::get, entry.key)));
                }
            });
        } catch (InvalidStateStoreException e) {
            throw new StoreNotQueryableException(StoryDigestProcessor.SUMMARY_STORE, e);
        }
        return filter.newestFirst(matching.stream());
    }

    private ReadOnlyKeyValueStore<String, DigestSummary> summaries(int partition) {
        return store(StoreQueryParameters.fromNameAndType(StoryDigestProcessor.SUMMARY_STORE,
                QueryableStoreTypes.<String, DigestSummary>keyValueStore()).withPartition(partition));
    }

    private ReadOnlyKeyValueStore<String, DigestArticle> listed(int partition) {
        return store(StoreQueryParameters.fromNameAndType(StoryDigestProcessor.ARTICLES_STORE,
                QueryableStoreTypes.<String, DigestArticle>keyValueStore()).withPartition(partition));
    }

    private static StoryDigests digests(ReadOnlyKeyValueStore<String, DigestArticle> listed) {
        return new StoryDigests(StoreListedArticles.readOnly(listed));
    }

    private ReadOnlyKeyValueStore<String, StoryMemoryEntry> memories(int partition) {
        return store(StoreQueryParameters.fromNameAndType(DevelopmentProcessor.STORE,
                QueryableStoreTypes.<String, StoryMemoryEntry>keyValueStore()).withPartition(partition));
    }

    /** @throws StoreNotQueryableException while the stores migrate, restore or the application is not running */
    private <T> T store(StoreQueryParameters<T> parameters) {
        try {
            return alerts.store(parameters);
        } catch (InvalidStateStoreException e) {
            throw new StoreNotQueryableException(parameters.storeName(), e);
        }
    }

    /** A store cannot answer now but will once the instance runs again; the caller should retry shortly. */
    public static final class StoreNotQueryableException extends RuntimeException {
        public StoreNotQueryableException(String store, Throwable cause) {
            super("store " + store + " is not queryable right now (" + cause.getMessage() + ")", cause);
        }
    }
}
