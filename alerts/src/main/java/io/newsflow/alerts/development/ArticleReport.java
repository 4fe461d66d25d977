package io.newsflow.alerts.development;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An enriched article as development tracking sees it.
 *
 * @param entityNames entity id to canonical name, most mentioned first
 * @param sentiment   document compound sentiment in [-1, 1]
 */
public record ArticleReport(String articleId, String url, String source, String title, String storyId,
                            Instant publishedAt, Instant firstSeenAt, List<ReportedEvent> events,
                            Map<String, String> entityNames, double sentiment) {
    public ArticleReport {
        events = List.copyOf(events);
    }

    public SourceReport reportOf(String sentence) {
        return new SourceReport(articleId, url, source, sentence, publishedAt, firstSeenAt);
    }
}
