package io.newsflow.enrich.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Tells from a group's committed offsets how far its records have settled, while records keep coming.
 * Each observation keeps a snapshot of the inputs' end offsets; a snapshot is covered once the committed
 * offsets reach its ends, so everything that was on the inputs at its time has been processed, and what
 * that produced is on the next step's input. Records take several steps (raw articles, bucket probes,
 * verdicts, ...), so a step count asks for a chain: a snapshot, covered; then the first snapshot taken at
 * or after that, covered; and so on. The time of the newest snapshot whose chain is complete is how far
 * the pipeline has settled. When the inputs are fully read a snapshot covers itself, so a drained
 * pipeline is settled as of now for any number of steps.
 *
 * @param <P> a partition of the inputs
 */
final class CoverageChain<P> {
    private record Snapshot<P>(long takenAt, Map<P, Long> ends, long[] coveredAt) {
        boolean covered() {
            return coveredAt[0] >= 0;
        }
    }

    private final long keepMillis;
    private final Deque<Snapshot<P>> snapshots = new ArrayDeque<>();

    /** @param keepMillis how long snapshots are kept: longer than any chain takes to complete */
    CoverageChain(long keepMillis) {
        this.keepMillis = keepMillis;
    }

    /**
     * @param takenAt   a time no later than when {@code committed} was read
     * @param committed the group's committed offsets, read before {@code ends}
     * @param ends      the inputs' end offsets
     */
    synchronized void observe(long takenAt, Map<P, Long> committed, Map<P, Long> ends) {
        snapshots.addLast(new Snapshot<>(takenAt, Map.copyOf(ends), new long[] {-1}));
        for (Snapshot<P> snapshot : snapshots) {
            if (!snapshot.covered() && covers(committed, snapshot.ends())) {
                snapshot.coveredAt()[0] = takenAt;
            }
        }
        while (snapshots.size() > 1 && snapshots.peekFirst().takenAt() < takenAt - keepMillis) {
            snapshots.removeFirst();
        }
    }

    /** The time as of which every record on the inputs has passed {@code steps} steps; -1 when none has. */
    synchronized long settledAsOf(int steps) {
        List<Snapshot<P>> ordered = new ArrayList<>(snapshots);
        for (int start = ordered.size() - 1; start >= 0; start--) {
            if (chainCompletes(ordered, start, steps)) {
                return ordered.get(start).takenAt();
            }
        }
        return -1;
    }

    private boolean chainCompletes(List<Snapshot<P>> ordered, int start, int steps) {
        int current = start;
        for (int step = 1; step <= steps; step++) {
            Snapshot<P> snapshot = ordered.get(current);
            if (!snapshot.covered()) {
                return false;
            }
            if (step < steps) {
                current = firstTakenAtOrAfter(ordered, snapshot.coveredAt()[0], current);
                if (current < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private int firstTakenAtOrAfter(List<Snapshot<P>> ordered, long time, int from) {
        for (int index = from; index < ordered.size(); index++) {
            if (ordered.get(index).takenAt() >= time) {
                return index;
            }
        }
        return -1;
    }

    /** Every partition with records has been committed up to its end (an empty one needs nothing). */
    private static <P> boolean covers(Map<P, Long> committed, Map<P, Long> ends) {
        for (Map.Entry<P, Long> end : ends.entrySet()) {
            Long read = committed.get(end.getKey());
            if (end.getValue() > 0 && (read == null || read < end.getValue())) {
                return false;
            }
        }
        return true;
    }
}
