package io.newsflow.enrich.story;

import java.time.Duration;

/**
 * Tuning of story clustering; the defaults were tuned on the project's fixtures.
 *
 * @param openDuration      a story accepts articles up to this long after its latest one
 * @param decayHalfLife     a story's score halves for every half-life between its latest article and the newcomer
 * @param joinThreshold     decayed cosine at or above which an article joins a story
 * @param entityWeight      weight of an entity feature relative to a term feature
 * @param termsConsidered   most frequent terms of an article that are weighed (each costs a frequency lookup)
 * @param articleFeatures   features kept per article vector
 * @param centroidFeatures  features kept per story centroid
 * @param lookupFeatures    heaviest article features used to find candidate stories (and to file the story under)
 * @param storiesPerFeature most recent stories read per feature; bounds the cost of common features
 * @param candidateStories  stories compared per article: those filed under most of the article's features
 * @param refileAfter       a story is filed under a feature again only when it was last filed under it longer
 *                          ago than this (publication time), so a busy story does not post the same features
 *                          for every article; sooner than the many stories a common feature gathers could
 *                          push it out of that feature's most recent postings
 */
public record StorySettings(Duration openDuration, Duration decayHalfLife, double joinThreshold, double entityWeight,
                            int termsConsidered, int articleFeatures, int centroidFeatures, int lookupFeatures,
                            int storiesPerFeature, int candidateStories, Duration refileAfter) {
    public static StorySettings defaults() {
        return new StorySettings(Duration.ofDays(14), Duration.ofDays(10), 0.15, 2.0, 150, 60, 120, 10, 8, 6,
                Duration.ofHours(1));
    }

    public StorySettings {
        if (openDuration.isNegative() || openDuration.isZero() || decayHalfLife.isNegative()
                || decayHalfLife.isZero()) {
            throw new IllegalArgumentException("openDuration and decayHalfLife must be positive");
        }
        if (termsConsidered <= 0 || articleFeatures <= 0 || centroidFeatures <= 0 || lookupFeatures <= 0
                || storiesPerFeature <= 0 || candidateStories <= 0) {
            throw new IllegalArgumentException("feature and story limits must be positive");
        }
        if (refileAfter.isNegative()) {
            throw new IllegalArgumentException("refileAfter must not be negative");
        }
    }

    public StorySettings withOpenDuration(Duration duration) {
        return new StorySettings(duration, decayHalfLife, joinThreshold, entityWeight, termsConsidered, articleFeatures,
                centroidFeatures, lookupFeatures, storiesPerFeature, candidateStories, refileAfter);
    }

    public StorySettings withRefileAfter(Duration duration) {
        return new StorySettings(openDuration, decayHalfLife, joinThreshold, entityWeight, termsConsidered,
                articleFeatures, centroidFeatures, lookupFeatures, storiesPerFeature, candidateStories, duration);
    }
}
