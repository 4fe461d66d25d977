package io.newsflow.enrich.story;

/**
 * The story an article was put in.
 *
 * @param story    the story's state including the article
 * @param newStory whether the article started the story
 * @param score    decayed cosine to the story it joined; 0 for a new story
 */
public record StoryAssignment(StoryState story, boolean newStory, double score) {
}
