package io.newsflow.alerts.development;

import java.time.Instant;

/** One outlet's report of a development: the evidence a subscriber can check. */
public record SourceReport(String articleId, String url, String source, String sentence, Instant publishedAt,
                           Instant firstSeenAt) {
}
