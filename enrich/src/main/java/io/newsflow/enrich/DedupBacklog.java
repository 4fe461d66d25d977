package io.newsflow.enrich;

/**
 * Whether dedup has read everything there is: dedup-decide emits a held verdict at once when the whole
 * dedup pipeline (raw articles, bucket probes, decide inputs) was seen fully read after the verdict was
 * complete, because then no late match for it can still be on its way.
 */
@FunctionalInterface
public interface DedupBacklog {
    /** Never seen drained: held verdicts wait for ingest's first-seen clock to pass the grace. */
    DedupBacklog UNKNOWN = () -> -1;

    /** Wall-clock millis at which every dedup input was last seen fully read; -1 when never. */
    long drainedAsOf();
}
