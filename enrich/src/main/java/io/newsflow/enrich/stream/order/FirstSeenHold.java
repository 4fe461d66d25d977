package io.newsflow.enrich.stream.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Records held back in ingest's first-seen order, over a store of schedule entries (padded first-seen
 * time, a bar, the record's id; the value is the wall-clock time it was held at). A record is ready once
 * ingest's first-seen clock, as this task sees it, has passed it by the grace, or once the application's
 * inputs have settled through {@code steps} steps as of at least {@code settle} after it was held (see
 * {@link InputBacklog}). Used by enrich's dedup verdicts and its story order.
 *
 * <p>Two ways to release:
 * <ul>
 * <li>{@link #eachWhenSettled}: each record goes when it is ready, whatever else is held (dedup-decide,
 *     where the wait is for the record's own late matches).</li>
 * <li>{@link #inFirstSeenOrder}: a ready record takes every earlier-seen one held here with it, and records
 *     go in first-seen order, then by id: a total order that depends only on the records, never on the
 *     partitions or the order they arrived in. Readiness by settling also asks that no partition of the
 *     holding step upstream still holds an earlier-seen record ({@link UpstreamHolds}): those sit in a store,
 *     on no topic, so settled inputs say nothing about them.</li>
 * </ul>
 *
 * <p>The schedule may be a local store (not logged): it only orders what the caller's logged store holds, so
 * such a caller rebuilds it from that store when its task starts ({@link #rebuild}), which saves two changelog
 * records per held record.
 */
public final class FirstSeenHold {
    /** The padded first-seen time takes 19 characters, the bar one. */
    private static final int ID_START = 20;

    private final KeyValueStore<String, Long> schedule;
    private final long graceMillis;
    private final InputBacklog backlog;
    private final long settleMillis;
    private final int steps;
    /** Null when each record goes on its own. */
    private final UpstreamHolds upstream;
    /** When this task first saw each held record's inputs settled: reports from upstream must be newer. */
    private final Map<String, Long> settledKnownAt = new HashMap<>();
    /** The newest first-seen time among the task's inputs: how far ingest's clock has got, as seen here. */
    private long newestFirstSeen;

    private FirstSeenHold(KeyValueStore<String, Long> schedule, Duration grace, InputBacklog backlog,
                          Duration settle, int steps, UpstreamHolds upstream) {
        this.schedule = schedule;
        this.steps = steps;
        this.graceMillis = grace.toMillis();
        this.backlog = backlog;
        this.settleMillis = settle.toMillis();
        this.upstream = upstream;
    }

    /** @param steps the topics a record whose late news would change a held one may still have to pass */
    public static FirstSeenHold eachWhenSettled(KeyValueStore<String, Long> schedule, Duration grace,
                                                InputBacklog backlog, int steps) {
        return new FirstSeenHold(schedule, grace, backlog, Duration.ZERO, steps, null);
    }

    /**
     * @param steps    the topics a record that should come before a held one may still have to pass to reach
     *                 the holding step upstream (or this one, when there is none)
     * @param upstream what the holding step upstream reports it holds
     */
    static FirstSeenHold inFirstSeenOrder(KeyValueStore<String, Long> schedule, Duration grace,
                                          InputBacklog backlog, Duration settle, int steps, UpstreamHolds upstream) {
        return new FirstSeenHold(schedule, grace, backlog, settle, steps, upstream);
    }

    /** A record the caller holds: where it goes in the schedule, and when it was held (wall clock). */
    public record Held(long firstSeenMillis, String id, long heldAtMillis) {
    }

    /** Empties the schedule and fills it with the records the caller holds, as it restored them. */
    public void rebuild(List<Held> holding) {
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, Long> entries = schedule.all()) {
            entries.forEachRemaining(entry -> stale.add(entry.key));
        }
        stale.forEach(schedule::delete);
        settledKnownAt.clear();
        holding.forEach(held -> {
            saw(held.firstSeenMillis());
            hold(held.firstSeenMillis(), held.id(), held.heldAtMillis());
        });
    }

    /** Moves the first-seen clock on with an input of the task. */
    public void saw(long firstSeenMillis) {
        newestFirstSeen = Math.max(newestFirstSeen, firstSeenMillis);
    }

    public void hold(long firstSeenMillis, String id, long wallClockMillis) {
        schedule.put(key(firstSeenMillis) + "|" + id, wallClockMillis);
    }

    /** The earliest first-seen time held; {@link HoldReport#NOTHING} when nothing is. */
    public long lowestFirstSeen() {
        try (KeyValueIterator<String, Long> held = schedule.all()) {
            return held.hasNext() ? firstSeenOf(held.next().key) : HoldReport.NOTHING;
        }
    }

    /** Takes the ids of the records now due off the schedule, in first-seen order. */
    public List<String> takeDue() {
        long firstSeenDue = newestFirstSeen - graceMillis;
        long settledAsOf = backlog.settledAsOf(steps);
        long now = backlog.clock();
        List<String> scheduled = new ArrayList<>();
        int dueUpTo = -1;
        try (KeyValueIterator<String, Long> held = settledAsOf < 0
                ? schedule.range(key(0), key(Math.max(0, firstSeenDue + 1)))
                : schedule.all()) {
            while (held.hasNext()) {
                var entry = held.next();
                boolean ready = firstSeenOf(entry.key) <= firstSeenDue
                        || (entry.value + settleMillis <= settledAsOf && clearUpstream(entry.key, now));
                if (ready || inFirstSeenOrder()) {
                    scheduled.add(entry.key);
                }
                if (ready) {
                    dueUpTo = scheduled.size() - 1;
                }
            }
        }
        List<String> due = scheduled.subList(0, dueUpTo + 1);
        due.forEach(entry -> {
            schedule.delete(entry);
            settledKnownAt.remove(entry);
        });
        return due.stream().map(entry -> entry.substring(ID_START)).toList();
    }

    private boolean inFirstSeenOrder() {
        return upstream != null;
    }

    private boolean clearUpstream(String entry, long now) {
        if (!inFirstSeenOrder()) {
            return true;
        }
        long knownAt = settledKnownAt.computeIfAbsent(entry, settled -> now);
        return upstream.nothingHeldUpTo(firstSeenOf(entry), knownAt);
    }

    /**
     * First-seen times padded to a fixed width, so the store's byte order is first-seen order; a range up to
     * the bare padded time of the next millisecond takes every entry due and none after.
     */
    private static String key(long firstSeenMillis) {
        return String.format("%019d", Math.max(0, firstSeenMillis));
    }

    private static long firstSeenOf(String entry) {
        return Long.parseLong(entry.substring(0, ID_START - 1));
    }
}
