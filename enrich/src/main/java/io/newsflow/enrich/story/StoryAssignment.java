package io.newsflow.enrich.story;

import java.util.List;

/**
 * The story an article was put in.
 *
 * @param story    the story's state including the article
 * @param newStory whether the article started the story
 * @param score    decayed cosine to the story it joined; 0 for a new story
 * @param absorbed stories the article merged into {@code story} (their state as it was before), usually none
 */
public record StoryAssignment(StoryState story, boolean newStory, double score, List<StoryState> absorbed) {
    public StoryAssignment {
        absorbed = List.copyOf(absorbed);
    }

    public StoryAssignment(StoryState story, boolean newStory, double score) {
        this(story, newStory, score, List.of());
    }
}
