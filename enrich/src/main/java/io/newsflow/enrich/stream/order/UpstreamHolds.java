package io.newsflow.enrich.stream.order;

import java.util.HashMap;
import java.util.Map;

/**
 * The latest {@link HoldReport} of each partition of an upstream holding step, as a step restoring
 * first-seen order has read them. An article may go on once every partition has reported, after the
 * moment the inputs were known to have settled up to the holding step, that it holds nothing seen as
 * early: an earlier-seen article held there then was released before that report, so it has arrived.
 * The reports are kept in memory only; after a restart the partitions' next reports (ten a second) count.
 */
final class UpstreamHolds {
    private final int partitions;
    private final Map<Integer, HoldReport> latest = new HashMap<>();

    /** @param partitions the holding step's partitions; 0 when nothing upstream holds articles back */
    UpstreamHolds(int partitions) {
        this.partitions = partitions;
    }

    /** Reports are read in the order each partition sent them, so the newest read is the one to keep. */
    void read(HoldReport report) {
        latest.put(report.partition(), report);
    }

    /**
     * Every partition reported after {@code settledKnownAt} that it holds nothing first seen at or before
     * {@code firstSeenMillis}.
     */
    boolean nothingHeldUpTo(long firstSeenMillis, long settledKnownAt) {
        for (int partition = 0; partition < partitions; partition++) {
            HoldReport report = latest.get(partition);
            if (report == null || report.stampMillis() <= settledKnownAt || !report.holdsNothingUpTo(firstSeenMillis)) {
                return false;
            }
        }
        return true;
    }
}
