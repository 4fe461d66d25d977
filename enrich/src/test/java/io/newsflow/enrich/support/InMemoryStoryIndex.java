package io.newsflow.enrich.support;

import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryProfile;
import io.newsflow.enrich.story.StoryState;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A story index in hash maps, for unit tests and the benchmark; it never forgets. */
public final class InMemoryStoryIndex implements StoryIndex {
    private final Map<String, StoryState> stories = new HashMap<>();
    private final Map<String, StoryProfile> profiles = new HashMap<>();
    private final Map<String, Deque<String>> postings = new HashMap<>();

    @Override
    public List<String> storiesWith(String feature, int limit) {
        Deque<String> filed = postings.get(feature);
        return filed == null ? List.of() : filed.stream().distinct().limit(limit).toList();
    }

    @Override
    public Optional<StoryProfile> profile(String storyId) {
        return Optional.ofNullable(profiles.get(storyId));
    }

    @Override
    public Optional<StoryState> story(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public void save(StoryState story, StoryProfile profile, Collection<String> features) {
        stories.put(story.storyId(), story);
        profiles.put(story.storyId(), profile);
        for (String feature : features) {
            Deque<String> filed = postings.computeIfAbsent(feature, f -> new ArrayDeque<>());
            filed.remove(story.storyId());
            filed.addFirst(story.storyId());
        }
    }
}
