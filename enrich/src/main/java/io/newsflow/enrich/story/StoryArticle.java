package io.newsflow.enrich.story;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What story assignment needs of one original article.
 *
 * @param carried what the article would carry into a story that absorbs the one it joins, asked for only
 *                while that story is small enough to be absorbed (see {@link StorySettings#mergeMaxArticles()})
 */
public record StoryArticle(String articleId, String source, String title, String body, Instant publishedAt,
                           Map<String, Integer> entityCounts, Supplier<byte[]> carried) {
    private static final byte[] NOTHING = new byte[0];

    public StoryArticle {
        entityCounts = Map.copyOf(entityCounts);
    }

    /** An article that carries nothing into a merge (tests, benchmarks). */
    public StoryArticle(String articleId, String source, String title, String body, Instant publishedAt,
                        Map<String, Integer> entityCounts) {
        this(articleId, source, title, body, publishedAt, entityCounts, () -> NOTHING);
    }

    EarlyArticle early() {
        return new EarlyArticle(articleId, carried.get());
    }
}
