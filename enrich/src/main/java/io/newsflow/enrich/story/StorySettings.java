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
 * @param mergeThreshold    cosine between two stories' centroids at or above which an article close enough
 *                          to join both merges the smaller into the larger
 * @param mergeMaxArticles  a story with more articles than this is never absorbed (0: stories never merge), so
 *                          a merge mends a split (a cluster started by an article that missed its story)
 *                          rather than fusing two established stories
 */
public record StorySettings(Duration openDuration, Duration decayHalfLife, double joinThreshold, double entityWeight,
                            int termsConsidered, int articleFeatures, int centroidFeatures, int lookupFeatures,
                            int storiesPerFeature, int candidateStories, Duration refileAfter,
                            double mergeThreshold, int mergeMaxArticles) {
    /** Default {@link #mergeThreshold}. */
    public static final double MERGE_THRESHOLD = 0.2;
    /** Default {@link #mergeMaxArticles}. */
    public static final int MERGE_MAX_ARTICLES = 5;

    public static StorySettings defaults() {
        return new StorySettings(Duration.ofDays(14), Duration.ofDays(10), 0.15, 2.0, 150, 60, 120, 10, 8, 6,
                Duration.ofHours(1), MERGE_THRESHOLD, MERGE_MAX_ARTICLES);
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
        if (mergeMaxArticles < 0 || !(mergeThreshold >= 0 && mergeThreshold <= 1)) {
            throw new IllegalArgumentException("mergeThreshold must be in [0, 1] and mergeMaxArticles not negative");
        }
    }

    public StorySettings withOpenDuration(Duration duration) {
        return new StorySettings(duration, decayHalfLife, joinThreshold, entityWeight, termsConsidered, articleFeatures,
                centroidFeatures, lookupFeatures, storiesPerFeature, candidateStories, refileAfter, mergeThreshold,
                mergeMaxArticles);
    }

    public StorySettings withRefileAfter(Duration duration) {
        return new StorySettings(openDuration, decayHalfLife, joinThreshold, entityWeight, termsConsidered,
                articleFeatures, centroidFeatures, lookupFeatures, storiesPerFeature, candidateStories, duration, mergeThreshold,
                mergeMaxArticles);
    }

    public StorySettings withMerging(double threshold, int maxArticles) {
        return new StorySettings(openDuration, decayHalfLife, joinThreshold, entityWeight, termsConsidered,
                articleFeatures, centroidFeatures, lookupFeatures, storiesPerFeature, candidateStories, refileAfter,
                threshold, maxArticles);
    }
}
