package io.newsflow.enrich.dedup;

import java.time.Instant;
import java.util.Objects;

/** What dedup decided about one article. */
public sealed interface DedupVerdict {
    /** First time this content is seen: the article continues to tagging and stories. */
    record Original() implements DedupVerdict {
    }

    /** A copy of an original seen before; it goes no further than the duplicates topic. */
    record Duplicate(String duplicateOf, Instant originalPublishedAt, double similarity, DuplicateMethod method)
            implements DedupVerdict {
        public Duplicate {
            Objects.requireNonNull(duplicateOf, "duplicateOf");
            Objects.requireNonNull(method, "method");
        }
    }

    /** The same article id delivered again: already handled, so it is neither an original nor a copy. */
    record Redelivered() implements DedupVerdict {
    }
}
