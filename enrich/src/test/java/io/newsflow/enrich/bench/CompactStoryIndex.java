package io.newsflow.enrich.bench;

import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryProfile;
import io.newsflow.enrich.story.StoryState;
import io.newsflow.enrich.stream.StoryProfileSerde;
import io.newsflow.enrich.stream.StoryStateSerde;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story index for the benchmark that keeps stories and profiles serialised, as the story stores do (so
 * a candidate costs a deserialisation, as it would there), and only the postings per feature that
 * {@link io.newsflow.enrich.stream.WindowedStoryIndex} would scan.
 */
final class CompactStoryIndex implements StoryIndex {
    private static final int POSTINGS_SCANNED_PER_STORY = 4;
    private final StoryStateSerde stateSerde = new StoryStateSerde();
    private final StoryProfileSerde profileSerde = new StoryProfileSerde();
    private final Map<String, byte[]> stories = new HashMap<>();
    private final Map<String, byte[]> profiles = new HashMap<>();
    private final Map<String, Deque<String>> postings = new HashMap<>();
    private final int postingsKept;

    CompactStoryIndex(int storiesPerFeature) {
        this.postingsKept = storiesPerFeature * POSTINGS_SCANNED_PER_STORY;
    }

    @Override
    public List<String> storiesWith(String feature, int limit) {
        Deque<String> filed = postings.get(feature);
        if (filed == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>(limit);
        for (String storyId : filed) {
            if (found.size() == limit) {
                break;
            }
            if (!found.contains(storyId)) {
                found.add(storyId);
            }
        }
        return found;
    }

    @Override
    public Optional<StoryProfile> profile(String storyId) {
        byte[] bytes = profiles.get(storyId);
        return bytes == null ? Optional.empty() : Optional.of(profileSerde.deserializer().deserialize("", bytes));
    }

    @Override
    public Optional<StoryState> story(String storyId) {
        byte[] bytes = stories.get(storyId);
        return bytes == null ? Optional.empty() : Optional.of(stateSerde.deserializer().deserialize("", bytes));
    }

    @Override
    public void save(StoryState story, StoryProfile profile, Collection<String> features) {
        stories.put(story.storyId(), stateSerde.serializer().serialize("", story));
        profiles.put(story.storyId(), profileSerde.serializer().serialize("", profile));
        for (String feature : features) {
            Deque<String> filed = postings.computeIfAbsent(feature, f -> new ArrayDeque<>());
            filed.addFirst(story.storyId());
            if (filed.size() > postingsKept) {
                filed.removeLast();
            }
        }
    }

    int size() {
        return stories.size();
    }
}
