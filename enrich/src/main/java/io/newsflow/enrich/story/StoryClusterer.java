package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online story clustering. An article's heaviest features lead, through the inverted index, to a bounded
 * set of candidate stories (those sharing the most features); it joins the open one whose centroid is
 * most similar (cosine, decayed by the time since the story's latest article) if that passes the
 * threshold, and starts a story otherwise.
 * Cost per article is bounded by lookupFeatures x storiesPerFeature postings read and candidateStories
 * stories compared, whatever the number of stories.
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
        Scored best = null;
        for (String storyId : candidates(features)) {
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

    /**
     * The stories filed under most of these features (ties: first found), at most candidateStories of them:
     * counting postings is cheap, loading and comparing a story is not.
     */
    private List<String> candidates(List<String> features) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String feature : features) {
            for (String storyId : index.storiesWith(feature, settings.storiesPerFeature())) {
                votes.merge(storyId, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(settings.candidateStories())
                .map(Map.Entry::getKey)
                .toList();
    }

    private double decay(Duration gap) {
        return Math.pow(0.5, (double) gap.toMillis() / settings.decayHalfLife().toMillis());
    }

    private record Scored(StoryState story, double score) {
    }
}
