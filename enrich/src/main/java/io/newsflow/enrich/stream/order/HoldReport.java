package io.newsflow.enrich.stream.order;

/**
 * What one partition of a holding step (enrich's dedup-decide) still holds, sent downstream in the same
 * stream as the records it releases, so a later step that restores first-seen order can tell an
 * earlier-seen record that waits upstream from one that does not exist. Records the partition released
 * before the report come before it on the downstream topic.
 *
 * @param partition             the holding step's partition
 * @param stampMillis           wall-clock time ({@link InputBacklog#clock()}) read before the holdings were
 *                              looked at: everything the partition had read by then is accounted for
 * @param lowestFirstSeenMillis the earliest first-seen time the partition still holds; {@link #NOTHING}
 *                              when it holds nothing
 */
public record HoldReport(int partition, long stampMillis, long lowestFirstSeenMillis) {
    public static final long NOTHING = Long.MAX_VALUE;

    /** Nothing the partition holds was first seen at or before {@code firstSeenMillis}. */
    boolean holdsNothingUpTo(long firstSeenMillis) {
        return lowestFirstSeenMillis > firstSeenMillis;
    }
}
