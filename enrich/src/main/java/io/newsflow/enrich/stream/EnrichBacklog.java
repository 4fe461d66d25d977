package io.newsflow.enrich.stream;

/**
 * How far enrich's inputs have settled. The steps that hold records back (dedup-decide for late matches,
 * story-order for first-seen order) let a record go once everything that was on enrich's inputs (raw
 * articles and the repartition topics) when it was held has passed through enough steps that nothing
 * which should come before it can still be on its way. Under a steady feed that moves on within a second
 * or two; with nothing to read, it is now.
 */
@FunctionalInterface
public interface EnrichBacklog {
    /** Never settled: held records wait for ingest's first-seen clock to pass the grace. */
    EnrichBacklog UNKNOWN = steps -> -1;

    /**
     * Wall-clock millis as of which every record on enrich's inputs has passed through {@code steps} more
     * steps (each a topic read and committed); -1 when that was never seen.
     */
    long settledAsOf(int steps);
}
