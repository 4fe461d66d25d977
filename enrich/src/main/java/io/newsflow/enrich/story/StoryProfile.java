package io.newsflow.enrich.story;

import java.time.Duration;
import java.time.Instant;

/**
 * What scoring a candidate story needs, kept apart from the full {@link StoryState}: the span of the
 * story and its hashed centroid. A candidate costs one small fixed-size read however many sources and
 * entities the story has gathered; only the story an article joins is read in full.
 *
 * @param mergedInto the story that absorbed this one, whose profile stands in for it; null for a story of its own
 */
public record StoryProfile(String storyId, Instant firstPublishedAt, Instant lastPublishedAt,
                           HashedVector centroid, String mergedInto) {

    public static StoryProfile of(StoryState story) {
        return new StoryProfile(story.storyId(), story.firstPublishedAt(), story.lastPublishedAt(),
                HashedVector.of(story.centroid()), null);
    }

    /** This story's profile once {@code survivor} has absorbed it. */
    public StoryProfile mergedInto(String survivor) {
        return new StoryProfile(storyId, firstPublishedAt, lastPublishedAt, centroid, survivor);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** Whether an article published at this time may still join: within the open duration of the story's span. */
    public boolean isOpenAt(Instant publishedAt, Duration openDuration) {
        return !publishedAt.isAfter(lastPublishedAt.plus(openDuration))
                && !publishedAt.isBefore(firstPublishedAt.minus(openDuration));
    }

    /** Time from the story's span to this instant (zero inside the span). */
    public Duration distanceTo(Instant publishedAt) {
        if (publishedAt.isAfter(lastPublishedAt)) {
            return Duration.between(lastPublishedAt, publishedAt);
        }
        if (publishedAt.isBefore(firstPublishedAt)) {
            return Duration.between(publishedAt, firstPublishedAt);
        }
        return Duration.ZERO;
    }
}
