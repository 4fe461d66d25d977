package io.newsflow.enrich.stream.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
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
    /**
     * Answers since the last observation, by step count: every holding task asks several
     * times a second, and nothing changes between observations.
     */
    private final Map<Integer, Long> settled = new HashMap<>();

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
        // Ends and committed offsets only grow, so once one snapshot is covered every older one is too:
        // only the uncovered ones, newest first, need a look.
        Iterator<Snapshot<P>> newestFirst = snapshots.descendingIterator();
        while (newestFirst.hasNext()) {
            Snapshot<P> snapshot = newestFirst.next();
            if (snapshot.covered()) {
                break;
            }
            if (covers(committed, snapshot.ends())) {
                snapshot.coveredAt()[0] = takenAt;
            }
        }
        while (snapshots.size() > 1 && snapshots.peekFirst().takenAt() < takenAt - keepMillis) {
            snapshots.removeFirst();
        }
        settled.clear();
    }

    /** The time as of which every record on the inputs has passed {@code steps} steps; -1 when none has. */
    synchronized long settledAsOf(int steps) {
        return settled.computeIfAbsent(steps, this::newestCompleteChain);
    }

    /**
     * Snapshots are covered in the order they were taken, so the snapshot a chain moves on to (the first
     * taken at or after the current one was covered) never moves back: one pass finds it for all of them,
     * and each chain is then {@code steps} hops.
     */
    private long newestCompleteChain(int steps) {
        List<Snapshot<P>> ordered = new ArrayList<>(snapshots);
        int[] next = new int[ordered.size()];
        int candidate = 0;
        for (int index = 0; index < ordered.size(); index++) {
            Snapshot<P> snapshot = ordered.get(index);
            if (!snapshot.covered()) {
                next[index] = -1;
                continue;
            }
            candidate = Math.max(candidate, index);
            while (candidate < ordered.size() && ordered.get(candidate).takenAt() < snapshot.coveredAt()[0]) {
                candidate++;
            }
            next[index] = candidate < ordered.size() ? candidate : -1;
        }
        for (int start = ordered.size() - 1; start >= 0; start--) {
            if (chainCompletes(ordered, next, start, steps)) {
                return ordered.get(start).takenAt();
            }
        }
        return -1;
    }

    private static <P> boolean chainCompletes(List<Snapshot<P>> ordered, int[] next, int start, int steps) {
        int current = start;
        for (int step = 1; step < steps; step++) {
            if (!ordered.get(current).covered() || next[current] < 0) {
                return false;
            }
            current = next[current];
        }
        return ordered.get(current).covered();
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
