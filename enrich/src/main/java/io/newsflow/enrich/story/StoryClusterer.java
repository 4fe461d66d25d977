package io.newsflow.enrich.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Online story clustering. An article's heaviest features lead, through the inverted index, to a bounded
 * set of candidate stories (those sharing the most features); it joins the open one whose centroid is
 * most similar (cosine, decayed by the time since the story's latest article) if that passes the
 * threshold, and starts a story otherwise. An article close enough to join two stories that are close to
 * each other mends a split: the larger absorbs the smaller (see {@link StorySettings#mergeMaxArticles()}).
 * Cost per article is bounded by lookupFeatures x storiesPerFeature postings read, candidateStories
 * profiles compared and one full story state read, whatever the number of stories.
 */
public final class StoryClusterer {
    /** Merges followed from an absorbed story's posting to the story that now holds its articles. */
    private static final int MERGE_HOPS = 4;
    /** Most articles first, then the earliest, then by id, so the survivor of a merge does not depend on timing. */
    private static final Comparator<StoryState> LARGER_FIRST = Comparator.comparingInt(StoryState::articleCount)
            .reversed().thenComparing(StoryState::firstPublishedAt).thenComparing(StoryState::storyId);

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
        StoryAssignment assignment = join(joinableStories(article, HashedVector.of(vector), features), article, vector)
                .orElseGet(() -> new StoryAssignment(StoryState.start(article, vector, settings.centroidFeatures(),
                        settings.mergeMaxArticles()), true, 0));
        List<String> toFile = assignment.story().toRefile(features, article.publishedAt(), settings.refileAfter());
        StoryState filed = assignment.story().refiled(toFile, article.publishedAt(), settings.refileAfter());
        index.save(filed, StoryProfile.of(filed), toFile);
        for (StoryState absorbed : assignment.absorbed()) {
            index.save(absorbed, StoryProfile.of(absorbed).mergedInto(filed.storyId()), List.of());
        }
        return new StoryAssignment(filed, assignment.newStory(), assignment.score(), assignment.absorbed());
    }

    /**
     * The article joins the best-scoring story, and that story merges with the other joinable stories
     * whose centroids are close to it: the largest of them survives and takes in those small enough.
     * Empty if the best story's state is missing although its profile was found: both are saved and
     * expire together, so only a lost store could do that, and starting a new story is then the safe
     * outcome.
     */
    private Optional<StoryAssignment> join(List<Scored> joinable, StoryArticle article, FeatureVector vector) {
        if (joinable.isEmpty()) {
            return Optional.empty();
        }
        Scored best = joinable.get(0);
        Optional<StoryState> bestStory = index.story(best.storyId());
        if (bestStory.isEmpty()) {
            return Optional.empty();
        }
        List<StoryState> group = new ArrayList<>(List.of(bestStory.get()));
        List<Scored> scored = new ArrayList<>(List.of(best));
        for (Scored other : joinable.subList(1, joinable.size())) {
            if (settings.mergeMaxArticles() > 0 && mergeable(best, other)) {
                index.story(other.storyId()).ifPresent(story -> {
                    group.add(story);
                    scored.add(other);
                });
            }
        }
        int survivorAt = 0;
        for (int i = 1; i < group.size(); i++) {
            if (LARGER_FIRST.compare(group.get(i), group.get(survivorAt)) < 0) {
                survivorAt = i;
            }
        }
        StoryState survivor = group.get(survivorAt);
        if (survivorAt != 0 && !absorbable(group.get(0))) {
            // The story the article is closest to is too large to be absorbed by the larger one: no merge.
            survivor = group.get(0);
            survivorAt = 0;
        }
        List<StoryState> absorbed = new ArrayList<>();
        StoryState merged = survivor;
        for (int i = 0; i < group.size(); i++) {
            StoryState member = group.get(i);
            boolean closeToSurvivor = i == 0 || survivorAt == 0 || mergeable(scored.get(survivorAt), scored.get(i));
            if (i != survivorAt && absorbable(member) && closeToSurvivor) {
                merged = merged.absorbing(member, settings.centroidFeatures(), settings.mergeMaxArticles());
                absorbed.add(member);
            }
        }
        return Optional.of(new StoryAssignment(merged.with(article, vector, settings.centroidFeatures(),
                settings.mergeMaxArticles()), false,
                scored.get(survivorAt).score(), absorbed));
    }

    private boolean mergeable(Scored one, Scored other) {
        return one.profile().centroid().cosine(other.profile().centroid()) >= settings.mergeThreshold();
    }

    private boolean absorbable(StoryState story) {
        return story.articleCount() <= settings.mergeMaxArticles();
    }

    /** The open stories the article is close enough to join, best first; an absorbed story stands for its survivor. */
    private List<Scored> joinableStories(StoryArticle article, HashedVector vector, List<String> features) {
        Map<String, Scored> joinable = new LinkedHashMap<>();
        for (String storyId : candidates(features)) {
            Optional<StoryProfile> profile = surviving(index.profile(storyId));
            if (profile.isEmpty() || !profile.get().isOpenAt(article.publishedAt(), settings.openDuration())) {
                continue;
            }
            double score = vector.cosine(profile.get().centroid())
                    * decay(profile.get().distanceTo(article.publishedAt()));
            if (score >= settings.joinThreshold()) {
                joinable.putIfAbsent(profile.get().storyId(), new Scored(profile.get().storyId(), score, profile.get()));
            }
        }
        List<Scored> best = new ArrayList<>(joinable.values());
        // Stable: equal scores keep the order candidates() found them in, as the single best pick did.
        best.sort(Comparator.comparingDouble(Scored::score).reversed());
        return best;
    }

    /** The profile of the story that absorbed this one, through at most {@link #MERGE_HOPS} merges. */
    private Optional<StoryProfile> surviving(Optional<StoryProfile> profile) {
        Optional<StoryProfile> current = profile;
        for (int hop = 0; hop < MERGE_HOPS && current.isPresent() && current.get().isMerged(); hop++) {
            current = index.profile(current.get().mergedInto());
        }
        return current.filter(found -> !found.isMerged());
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

    private record Scored(String storyId, double score, StoryProfile profile) {
    }
}
