package io.newsflow.alerts.explorer;

import java.time.Instant;

/**
 * One original article of a story, as the explorer lists it.
 *
 * @param copies how many copies of it (syndicated or re-posted) dedup recognised
 */
public record DigestArticle(String articleId, String url, String source, String title, Instant publishedAt,
                            int copies) {
    public DigestArticle withOneMoreCopy() {
        return new DigestArticle(articleId, url, source, title, publishedAt, copies + 1);
    }
}
