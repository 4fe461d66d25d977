package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.alerts.explorer.StoryDigest;
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
            KeyQueryMetadata metadata = alerts.queryMetadataForKey(StoryDigestProcessor.STORE, storyId,
                    Serdes.String().serializer());
            return metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) ? Optional.empty()
                    : Optional.of(metadata);
        } catch (InvalidStateStoreException notStarted) {
            throw new StoreNotQueryableException(StoryDigestProcessor.STORE, notStarted);
        }
    }

    /** Every instance of the application that holds the stores, this one included. */
    public Collection<StreamsMetadata> instances() {
        try {
            return alerts.streamsMetadataForStore(StoryDigestProcessor.STORE);
        } catch (InvalidStateStoreException notStarted) {
            throw new StoreNotQueryableException(StoryDigestProcessor.STORE, notStarted);
        }
    }

    /** The story from this instance's active task of its partition; empty when it holds no such story. */
    public Optional<StoryTimeline> localTimeline(String storyId, int partition) {
        try {
            StoryDigest digest = digests(partition).get(storyId);
            return digest == null || !digest.hasArticles() ? Optional.empty()
                    : Optional.of(StoryViews.timeline(digest, memories(partition).get(storyId)));
        } catch (InvalidStateStoreException e) {
            throw new StoreNotQueryableException(StoryDigestProcessor.STORE, e);
        }
    }

    /** The stories of this instance's active tasks that the filter asks for, newest activity first. */
    public List<StorySummary> localStories(StoryFilter filter) {
        ReadOnlyKeyValueStore<String, StoryMemory> memories = store(StoreQueryParameters
                .fromNameAndType(DevelopmentProcessor.STORE, QueryableStoreTypes.keyValueStore()));
        List<StorySummary> matching = new ArrayList<>();
        try (KeyValueIterator<String, StoryDigest> all = store(StoreQueryParameters
                .fromNameAndType(StoryDigestProcessor.STORE, QueryableStoreTypes.<String, StoryDigest>keyValueStore()))
                .all()) {
            all.forEachRemaining(entry -> {
                if (filter.matches(entry.value)) {
                    matching.add(StoryViews.summary(entry.value, memories.get(entry.key)));
                }
            });
        } catch (InvalidStateStoreException e) {
            throw new StoreNotQueryableException(StoryDigestProcessor.STORE, e);
        }
        return filter.newestFirst(matching.stream());
    }

    private ReadOnlyKeyValueStore<String, StoryDigest> digests(int partition) {
        return store(StoreQueryParameters.fromNameAndType(StoryDigestProcessor.STORE,
                QueryableStoreTypes.<String, StoryDigest>keyValueStore()).withPartition(partition));
    }

    private ReadOnlyKeyValueStore<String, StoryMemory> memories(int partition) {
        return store(StoreQueryParameters.fromNameAndType(DevelopmentProcessor.STORE,
                QueryableStoreTypes.<String, StoryMemory>keyValueStore()).withPartition(partition));
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
