package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online story clustering. An article's heaviest features lead, through the inverted index, to a bounded
 * set of candidate stories (those sharing the most features); it joins the open one whose centroid is
 * most similar (cosine, decayed by the time since the story's latest article) if that passes the
 * threshold, and starts a story otherwise.
 * Cost per article is bounded by lookupFeatures x storiesPerFeature postings read, candidateStories
 * profiles compared and one full story state read, whatever the number of stories.
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
        StoryAssignment assignment = bestOpenStory(article, HashedVector.of(vector), features)
                .flatMap(best -> join(best, article, vector))
                .orElseGet(() -> new StoryAssignment(StoryState.start(article, vector, settings.centroidFeatures()),
                        true, 0));
        List<String> toFile = assignment.story().toRefile(features, article.publishedAt(), settings.refileAfter());
        StoryState filed = assignment.story().refiled(toFile, article.publishedAt(), settings.refileAfter());
        index.save(filed, StoryProfile.of(filed), toFile);
        return new StoryAssignment(filed, assignment.newStory(), assignment.score());
    }

    /**
     * Empty if the story's state is missing although its profile was found: both are saved and expire
     * together, so only a lost store could do that, and starting a new story is then the safe outcome.
     */
    private Optional<StoryAssignment> join(Scored best, StoryArticle article, FeatureVector vector) {
        return index.story(best.storyId()).map(story -> new StoryAssignment(
                story.with(article, vector, settings.centroidFeatures()), false, best.score()));
    }

    private Optional<Scored> bestOpenStory(StoryArticle article, HashedVector vector, List<String> features) {
        Scored best = null;
        for (String storyId : candidates(features)) {
            Optional<StoryProfile> profile = index.profile(storyId);
            if (profile.isEmpty() || !profile.get().isOpenAt(article.publishedAt(), settings.openDuration())) {
                continue;
            }
            double score = vector.cosine(profile.get().centroid())
                    * decay(profile.get().distanceTo(article.publishedAt()));
            if (score >= settings.joinThreshold() && (best == null || score > best.score())) {
                best = new Scored(storyId, score);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The stories filed under most of these features (ties: first found), at most candidateStories of them:
     * counting postings is cheap, reading and comparing a story is not. Votes are at most features.size(),
     * so picking the winners is one pass per vote count instead of a sort.
     */
    private List<String> candidates(List<String> features) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> slots = new HashMap<>();
        int[] votes = new int[features.size() * settings.storiesPerFeature()];
        for (String feature : features) {
            for (String storyId : index.storiesWith(feature, settings.storiesPerFeature())) {
                Integer slot = slots.putIfAbsent(storyId, found.size());
                if (slot == null) {
                    votes[found.size()] = 1;
                    found.add(storyId);
                } else {
                    votes[slot]++;
                }
            }
        }
        List<String> chosen = new ArrayList<>(settings.candidateStories());
        for (int vote = features.size(); vote > 0 && chosen.size() < settings.candidateStories(); vote--) {
            for (int i = 0; i < found.size() && chosen.size() < settings.candidateStories(); i++) {
                if (votes[i] == vote) {
                    chosen.add(found.get(i));
                }
            }
        }
        return chosen;
    }

    private double decay(Duration gap) {
        return Math.pow(0.5, (double) gap.toMillis() / settings.decayHalfLife().toMillis());
    }

    private record Scored(String storyId, double score) {
    }
}
