package io.newsflow.enrich.stream.order;

/**
 * How far a Streams application's inputs have settled. The steps that hold records back (enrich's
 * dedup-decide for late matches and story-order for first-seen order) let a record
 * go once everything that was on the application's inputs (its source and repartition topics) when it
 * was held has passed through enough steps that nothing which should come before it can still be on its
 * way. Under a steady feed that moves on within a second or two; with nothing to read, it is now.
 */
@FunctionalInterface
public interface InputBacklog {
    /** Never settled: held records wait for ingest's first-seen clock to pass the grace. */
    InputBacklog UNKNOWN = steps -> -1;

    /**
     * Wall-clock millis as of which every record on the application's inputs has passed through {@code steps} more
     * steps (each a topic read and committed); -1 when that was never seen.
     */
    long settledAsOf(int steps);

    /**
     * The clock {@link #settledAsOf} is on, read after an answer to have it as of no earlier than the
     * observation behind the answer; holding steps stamp their {@link HoldReport}s with it.
     */
    default long clock() {
        return System.currentTimeMillis();
    }
}
