package io.newsflow.enrich.stream;

/**
 * Whether enrich has read everything there is. The steps that hold records back (dedup-decide for late
 * matches, story-order for first-seen order) let a record go at once when every enrich input (raw articles
 * and the repartition topics) was seen fully read after the record was held: nothing that should come
 * before it can still be on its way.
 */
@FunctionalInterface
public interface EnrichBacklog {
    /** Never seen drained: held records wait for ingest's first-seen clock to pass the grace. */
    EnrichBacklog UNKNOWN = () -> -1;

    /** Wall-clock millis at which every enrich input was last seen fully read; -1 when never. */
    long drainedAsOf();
}
