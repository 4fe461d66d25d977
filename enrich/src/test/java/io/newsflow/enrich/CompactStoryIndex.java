package io.newsflow.enrich;

import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryState;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story index for the benchmark that keeps stories serialised, as the story-states store does (so a
 * candidate costs a deserialisation, as it would there), and only the most recent postings per feature
 * (the only ones the window store is ever asked for).
 */
final class CompactStoryIndex implements StoryIndex {
    private static final int POSTINGS_KEPT = 64;
    private final StoryStateSerde serde = new StoryStateSerde();
    private final Map<String, byte[]> stories = new HashMap<>();
    private final Map<String, Deque<String>> postings = new HashMap<>();

    @Override
    public List<String> storiesWith(String feature, int limit) {
        Deque<String> filed = postings.get(feature);
        return filed == null ? List.of() : filed.stream().distinct().limit(limit).toList();
    }

    @Override
    public Optional<StoryState> story(String storyId) {
        byte[] bytes = stories.get(storyId);
        return bytes == null ? Optional.empty() : Optional.of(serde.deserializer().deserialize("", bytes));
    }

    @Override
    public void save(StoryState story, Collection<String> features) {
        stories.put(story.storyId(), serde.serializer().serialize("", story));
        for (String feature : features) {
            Deque<String> filed = postings.computeIfAbsent(feature, f -> new ArrayDeque<>());
            filed.addFirst(story.storyId());
            if (filed.size() > POSTINGS_KEPT) {
                filed.removeLast();
            }
        }
    }

    int size() {
        return stories.size();
    }
}
