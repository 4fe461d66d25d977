package io.newsflow.alerts.explorer;

import java.time.Instant;
import java.util.List;

/**
 * One story in full: its developments in order of first report, its outlets, entities and articles, and the
 * story that absorbed it ({@code mergedInto}, null for a story of its own) or those it absorbed.
 */
public record StoryTimeline(String id, String title, Instant firstSeen, Instant lastSeen, int articleCount,
                            List<String> sources, List<DigestEntity> entities, List<DevelopmentView> developments,
                            List<DigestArticle> articles, String mergedInto, List<String> absorbed) {
    public StoryTimeline {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        developments = List.copyOf(developments);
        articles = List.copyOf(articles);
        absorbed = List.copyOf(absorbed);
    }
}
