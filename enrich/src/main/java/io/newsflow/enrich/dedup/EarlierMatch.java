package io.newsflow.enrich.dedup;

import java.time.Instant;

/** An article seen before the probing one that is similar enough to make the probing one its copy. */
public record EarlierMatch(String articleId, ArrivalOrder order, Instant publishedAt, double similarity,
                           DuplicateMethod method) {
    /** The earlier of two matches; the exact one when both name the same article. */
    EarlierMatch preferredOver(EarlierMatch other) {
        if (other == null) {
            return this;
        }
        int byOrder = order.compareTo(other.order);
        if (byOrder != 0) {
            return byOrder < 0 ? this : other;
        }
        return method == DuplicateMethod.EXACT ? this : other;
    }
}
