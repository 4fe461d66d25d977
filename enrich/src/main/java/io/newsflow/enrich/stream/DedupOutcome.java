package io.newsflow.enrich.stream;

import io.newsflow.enrich.stream.order.HoldReport;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.RawArticle;

/** What the dedup step emits: a verdict on an article, or a report of what a decide task still holds. */
sealed interface DedupOutcome {
    /** An original, to be tagged and put in a story. */
    record Original(RawArticle article) implements DedupOutcome {
    }

    /** A copy of an earlier-seen article. */
    record Copy(RawArticle article, DuplicateNotice notice) implements DedupOutcome {
    }

    /** For story-order: the earliest-seen verdict this task still holds (see {@link HoldReport}). */
    record Holding(HoldReport report) implements DedupOutcome {
    }
}
