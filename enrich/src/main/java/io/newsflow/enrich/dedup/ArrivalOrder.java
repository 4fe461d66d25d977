package io.newsflow.enrich.dedup;

import java.util.Comparator;

/**
 * The order in which newsflow saw articles, which decides who is the original: first by the time ingest
 * first saw the article, then by its place in the raw topic (partition, offset) for articles seen in the
 * same millisecond. Every dedup step carries it, so steps on different partitions agree on "earlier".
 */
public record ArrivalOrder(long firstSeenMillis, int partition, long offset) implements Comparable<ArrivalOrder> {
    private static final Comparator<ArrivalOrder> ORDER = Comparator.comparingLong(ArrivalOrder::firstSeenMillis)
            .thenComparingInt(ArrivalOrder::partition)
            .thenComparingLong(ArrivalOrder::offset);

    @Override
    public int compareTo(ArrivalOrder other) {
        return ORDER.compare(this, other);
    }

    public boolean isBefore(ArrivalOrder other) {
        return compareTo(other) < 0;
    }
}
