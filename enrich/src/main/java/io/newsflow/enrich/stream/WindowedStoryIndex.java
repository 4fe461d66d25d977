package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryProfile;
import io.newsflow.enrich.story.StoryState;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Stories, their profiles and the feature postings in changelogged window stores retained for the story
 * open duration: a story nobody added to for that long expires with its segment. Each save appends a
 * new version of the story and of its profile, put at the same time so that they expire together, and
 * new postings; reads take the most recent.
 */
final class WindowedStoryIndex implements StoryIndex {
    private static final int POSTINGS_PER_STORY = 4;
    private final WindowStore<String, StoryState> stories;
    private final WindowStore<String, StoryProfile> profiles;
    private final WindowStore<String, String> postings;
    private final long retentionMillis;
    private final LongSupplier streamTime;

    WindowedStoryIndex(WindowStore<String, StoryState> stories, WindowStore<String, StoryProfile> profiles,
                       WindowStore<String, String> postings, Duration retention, LongSupplier streamTime) {
        this.stories = stories;
        this.profiles = profiles;
        this.postings = postings;
        this.retentionMillis = retention.toMillis();
        this.streamTime = streamTime;
    }

    /**
     * Distinct stories among the most recent postings; the scan is bounded (a story posts each feature
     * once per article, so a busy story can fill several slots) to keep the cost per lookup constant.
     */
    @Override
    public List<String> storiesWith(String feature, int limit) {
        long now = streamTime.getAsLong();
        Set<String> found = new LinkedHashSet<>();
        int scanned = 0;
        try (WindowStoreIterator<String> entries = postings.backwardFetch(feature, now - retentionMillis, now)) {
            while (entries.hasNext() && found.size() < limit && scanned < limit * POSTINGS_PER_STORY) {
                found.add(entries.next().value);
                scanned++;
            }
        }
        return List.copyOf(found);
    }

    @Override
    public Optional<StoryProfile> profile(String storyId) {
        return WindowStores.latest(profiles, storyId, streamTime.getAsLong(), retentionMillis);
    }

    @Override
    public Optional<StoryState> story(String storyId) {
        return WindowStores.latest(stories, storyId, streamTime.getAsLong(), retentionMillis);
    }

    @Override
    public void save(StoryState story, StoryProfile profile, Collection<String> features) {
        long now = streamTime.getAsLong();
        stories.put(story.storyId(), story, now);
        profiles.put(story.storyId(), profile, now);
        for (String feature : features) {
            postings.put(feature, story.storyId(), now);
        }
    }
}
