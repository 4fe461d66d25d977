package io.newsflow.enrich.story;

import java.time.Duration;
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
 * @param filedAt        the features the story was filed under recently (see {@link #refiled}), with the
 *                       publication time of the article that filed it
 * @param earlyArticles  while the story is small enough to be absorbed, its articles in the order they
 *                       joined, as they would reach the story that absorbs it; empty once it is larger
 */
public record StoryState(String storyId, String title, Instant firstPublishedAt, Instant lastPublishedAt,
                         int articleCount, List<String> sources, Map<String, Integer> entityCounts,
                         FeatureVector centroid, String lastArticleId, Map<String, Instant> filedAt,
                         List<EarlyArticle> earlyArticles) {
    public static final int MAX_SOURCES = 50;
    public static final int MAX_ENTITIES = 50;

    public StoryState {
        sources = List.copyOf(sources);
        entityCounts = Map.copyOf(entityCounts);
        filedAt = Map.copyOf(filedAt);
        earlyArticles = List.copyOf(earlyArticles);
    }

    /**
     * A new story started by this article.
     *
     * @param keepEarly the most articles a story may have and still keep its {@link #earlyArticles}
     */
    public static StoryState start(StoryArticle article, FeatureVector vector, int centroidFeatures, int keepEarly) {
        return new StoryState("story-" + article.articleId(), article.title(), article.publishedAt(),
                article.publishedAt(), 0, List.of(), Map.of(), FeatureVector.empty(), article.articleId(), Map.of(),
                List.of())
                .with(article, vector, centroidFeatures, keepEarly);
    }

    /** @param keepEarly the most articles a story may have and still keep its {@link #earlyArticles} */
    public StoryState with(StoryArticle article, FeatureVector vector, int centroidFeatures, int keepEarly) {
        int count = articleCount + 1;
        List<EarlyArticle> early = count <= keepEarly ? joined(earlyArticles, List.of(article.early())) : List.of();
        return new StoryState(storyId, title, earlier(firstPublishedAt, article.publishedAt()),
                later(lastPublishedAt, article.publishedAt()), count, joinedSources(sources, List.of(article.source())),
                summed(entityCounts, article.entityCounts()), centroid.plus(vector).prunedTo(centroidFeatures),
                article.articleId(), filedAt, early);
    }

    /**
     * This story after absorbing {@code other}: its articles, sources (this story's first), entity mentions,
     * span and centroid. Title, id, last article and filed features stay this story's: the absorbed story's
     * postings lead to it through its merged profile.
     */
    public StoryState absorbing(StoryState other, int centroidFeatures, int keepEarly) {
        int count = articleCount + other.articleCount;
        List<EarlyArticle> early = count <= keepEarly ? joined(earlyArticles, other.earlyArticles) : List.of();
        return new StoryState(storyId, title, earlier(firstPublishedAt, other.firstPublishedAt),
                later(lastPublishedAt, other.lastPublishedAt), count, joinedSources(sources, other.sources),
                summed(entityCounts, other.entityCounts), centroid.plus(other.centroid).prunedTo(centroidFeatures),
                lastArticleId, filedAt, early);
    }

    /** Sources of both, first first, each once, at most {@link #MAX_SOURCES}. */
    private static List<String> joinedSources(List<String> sources, List<String> more) {
        List<String> joined = new ArrayList<>(sources);
        for (String source : more) {
            if (!joined.contains(source) && joined.size() < MAX_SOURCES) {
                joined.add(source);
            }
        }
        return joined;
    }

    private static <T> List<T> joined(List<T> first, List<T> then) {
        List<T> joined = new ArrayList<>(first);
        joined.addAll(then);
        return joined;
    }

    private static Map<String, Integer> summed(Map<String, Integer> counts, Map<String, Integer> more) {
        Map<String, Integer> sum = new LinkedHashMap<>(counts);
        more.forEach((entity, count) -> sum.merge(entity, count, Integer::sum));
        return heaviest(sum, MAX_ENTITIES);
    }

    private static Instant earlier(Instant one, Instant other) {
        return other.isBefore(one) ? other : one;
    }

    private static Instant later(Instant one, Instant other) {
        return other.isAfter(one) ? other : one;
    }

    /**
     * The features of {@code wanted} the story must be filed under again for an article published at
     * {@code publishedAt}: those not filed within {@code refileAfter} of it.
     */
    public List<String> toRefile(List<String> wanted, Instant publishedAt, Duration refileAfter) {
        return wanted.stream().filter(feature -> !recentlyFiled(filedAt.get(feature), publishedAt, refileAfter))
                .toList();
    }

    /**
     * This state with {@code features} filed as of {@code publishedAt}; entries that would be refiled anyway
     * are dropped, so the map holds only what the last {@code refileAfter} filed.
     */
    public StoryState refiled(List<String> features, Instant publishedAt, Duration refileAfter) {
        Map<String, Instant> kept = new LinkedHashMap<>();
        filedAt.forEach((feature, at) -> {
            if (recentlyFiled(at, publishedAt, refileAfter)) {
                kept.put(feature, at);
            }
        });
        features.forEach(feature -> kept.put(feature, publishedAt));
        return new StoryState(storyId, title, firstPublishedAt, lastPublishedAt, articleCount, sources, entityCounts,
                centroid, lastArticleId, kept, earlyArticles);
    }

    private static boolean recentlyFiled(Instant filed, Instant publishedAt, Duration refileAfter) {
        return filed != null && Duration.between(filed, publishedAt).abs().compareTo(refileAfter) < 0;
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
