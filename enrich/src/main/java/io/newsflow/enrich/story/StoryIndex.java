package io.newsflow.enrich.story;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Open stories, each as a full state and as a scoring profile, and the inverted index from features to
 * the stories filed under them: Kafka Streams stores in the topology, memory in tests and benchmarks.
 * Implementations forget closed stories.
 */
public interface StoryIndex {
    /** Ids of up to {@code limit} stories filed under this feature, most recently filed first. */
    List<String> storiesWith(String feature, int limit);

    /** What scoring the story needs; cheap to read, unlike its full state. */
    Optional<StoryProfile> profile(String storyId);

    Optional<StoryState> story(String storyId);

    /** Keeps the story's new state and profile and files the story under these features. */
    void save(StoryState story, StoryProfile profile, Collection<String> features);
}
