package io.newsflow.enrich.story;

import java.time.Instant;
import java.util.Map;

/** What story assignment needs of one original article. */
public record StoryArticle(String articleId, String source, String title, String body, Instant publishedAt,
                           Map<String, Integer> entityCounts) {
    public StoryArticle {
        entityCounts = Map.copyOf(entityCounts);
    }
}
