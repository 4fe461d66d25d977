package io.newsflow.enrich.dedup;

/** How a duplicate was recognised; the names are the values of DuplicateNotice.method. */
public enum DuplicateMethod {
    /** Same normalised text. */
    EXACT,
    /** Locality-sensitive match above the similarity thresholds. */
    NEAR
}
