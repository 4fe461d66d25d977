package io.newsflow.alerts.explorer;

import java.time.Instant;
import java.util.List;

/** One story in full: its developments in order of first report, its outlets, entities and articles. */
public record StoryTimeline(String id, String title, Instant firstSeen, Instant lastSeen, int articleCount,
                            List<String> sources, List<DigestEntity> entities, List<DevelopmentView> developments,
                            List<DigestArticle> articles) {
    public StoryTimeline {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        developments = List.copyOf(developments);
        articles = List.copyOf(articles);
    }
}
