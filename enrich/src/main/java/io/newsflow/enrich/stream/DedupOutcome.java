package io.newsflow.enrich.stream;

import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.RawArticle;

/**
 * What the dedup step emits for an article.
 *
 * @param duplicate the notice when the article is a copy; null for an original
 */
record DedupOutcome(RawArticle article, DuplicateNotice duplicate) {
    boolean isDuplicate() {
        return duplicate != null;
    }
}
