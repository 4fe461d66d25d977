package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Online story clustering. An article's heaviest features lead, through the inverted index, to a bounded
 * set of candidate stories; it joins the open one whose centroid is most similar (cosine, decayed by the
 * time since the story's latest article) if that passes the threshold, and starts a story otherwise.
 * Cost per article is bounded by lookupFeatures x storiesPerFeature, whatever the number of stories.
 */
public final class StoryClusterer {
    private final StorySettings settings;
    private final StoryVectorizer vectorizer;
    private final StoryIndex index;

    public StoryClusterer(StorySettings settings, TermStatistics statistics, StoryIndex index) {
        this.settings = settings;
        this.vectorizer = new StoryVectorizer(statistics, settings);
        this.index = index;
    }

    public StoryAssignment assign(StoryArticle article) {
        FeatureVector vector = vectorizer.vectorize(article.title(), article.body(), article.entityCounts());
        List<String> features = vector.top(settings.lookupFeatures());
        Optional<Scored> best = bestOpenStory(article, vector, features);
        StoryAssignment assignment = best
                .map(scored -> new StoryAssignment(scored.story().with(article, vector, settings.centroidFeatures()),
                        false, scored.score()))
                .orElseGet(() -> new StoryAssignment(StoryState.start(article, vector, settings.centroidFeatures()),
                        true, 0));
        index.save(assignment.story(), features);
        return assignment;
    }

    private Optional<Scored> bestOpenStory(StoryArticle article, FeatureVector vector, List<String> features) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String feature : features) {
            candidates.addAll(index.storiesWith(feature, settings.storiesPerFeature()));
        }
        Scored best = null;
        for (String storyId : candidates) {
            Optional<StoryState> story = index.story(storyId);
            if (story.isEmpty() || !story.get().isOpenAt(article.publishedAt(), settings.openDuration())) {
                continue;
            }
            double score = vector.cosine(story.get().centroid()) * decay(story.get().distanceTo(article.publishedAt()));
            if (score >= settings.joinThreshold() && (best == null || score > best.score())) {
                best = new Scored(story.get(), score);
            }
        }
        return Optional.ofNullable(best);
    }

    private double decay(Duration gap) {
        return Math.pow(0.5, (double) gap.toMillis() / settings.decayHalfLife().toMillis());
    }

    private record Scored(StoryState story, double score) {
    }
}
