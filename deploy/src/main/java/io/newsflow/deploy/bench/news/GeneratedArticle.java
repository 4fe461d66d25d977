package io.newsflow.deploy.bench.news;

import java.time.Instant;

/**
 * Article {@code index} of the bench's stream.
 *
 * @param copyOf the index of the original a copy was made from; -1 for an original
 */
public record GeneratedArticle(long index, Kind kind, long copyOf, String url, String source, String title,
                               String body, Instant publishedAt) {
    /** What the article is to dedup: its own text, a syndicated copy, or the same text re-posted. */
    public enum Kind { ORIGINAL, NEAR_COPY, EXACT_REPOST }
}
