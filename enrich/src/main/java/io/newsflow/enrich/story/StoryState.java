package io.newsflow.enrich.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What newsflow knows of one story: its centroid (sum of its articles' unit vectors, pruned), when it
 * was reported, by whom and about whom. Immutable; {@link #with} gives the state after one more article.
 *
 * @param title          headline of the story's first article
 * @param sources        distinct outlets, first first (at most {@link #MAX_SOURCES})
 * @param entityCounts   mentions per entity id over the story's articles (at most {@link #MAX_ENTITIES})
 * @param lastArticleId  the article that produced this state
 */
public record StoryState(String storyId, String title, Instant firstPublishedAt, Instant lastPublishedAt,
                         int articleCount, List<String> sources, Map<String, Integer> entityCounts,
                         FeatureVector centroid, String lastArticleId) {
    public static final int MAX_SOURCES = 50;
    public static final int MAX_ENTITIES = 50;

    public StoryState {
        sources = List.copyOf(sources);
        entityCounts = Map.copyOf(entityCounts);
    }

    /** A new story started by this article. */
    public static StoryState start(StoryArticle article, FeatureVector vector, int centroidFeatures) {
        return new StoryState("story-" + article.articleId(), article.title(), article.publishedAt(),
                article.publishedAt(), 0, List.of(), Map.of(), FeatureVector.empty(), article.articleId())
                .with(article, vector, centroidFeatures);
    }

    public StoryState with(StoryArticle article, FeatureVector vector, int centroidFeatures) {
        List<String> newSources = new ArrayList<>(sources);
        if (!newSources.contains(article.source()) && newSources.size() < MAX_SOURCES) {
            newSources.add(article.source());
        }
        Map<String, Integer> newEntities = new LinkedHashMap<>(entityCounts);
        article.entityCounts().forEach((entity, count) -> newEntities.merge(entity, count, Integer::sum));
        Instant first = article.publishedAt().isBefore(firstPublishedAt) ? article.publishedAt() : firstPublishedAt;
        Instant last = article.publishedAt().isAfter(lastPublishedAt) ? article.publishedAt() : lastPublishedAt;
        return new StoryState(storyId, title, first, last, articleCount + 1, newSources,
                heaviest(newEntities, MAX_ENTITIES), centroid.plus(vector).prunedTo(centroidFeatures),
                article.articleId());
    }

    /** Entity ids, most mentioned first. */
    public List<String> topEntities(int n) {
        return List.copyOf(heaviest(entityCounts, n).keySet());
    }

    /** Terms of the centroid, heaviest first, without the "t:" prefix. */
    public List<String> topTerms(int n) {
        return centroid.top(centroid.size()).stream()
                .filter(feature -> feature.startsWith("t:"))
                .limit(n)
                .map(feature -> feature.substring(2))
                .toList();
    }

    private static Map<String, Integer> heaviest(Map<String, Integer> counts, int n) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return kept;
    }
}
