package io.newsflow.schemas.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Records held back in ingest's first-seen order, over a store of schedule entries (padded first-seen
 * time, a bar, the record's id; the value is the wall-clock time it was held at). A record is due once
 * ingest's first-seen clock, as this task sees it, has passed it by the grace, or once the application's
 * inputs have settled through {@code steps} steps as of at least {@code settle} after it was held (see
 * {@link InputBacklog}). Records due together go in first-seen order, then by id: a total order that
 * depends only on the records, never on the partitions or the order they arrived in. Shared by enrich
 * (dedup verdicts, story order) and alerts (each story's articles before development tracking).
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
    /** The newest first-seen time among the task's inputs: how far ingest's clock has got, as seen here. */
    private long newestFirstSeen;

    /** @param steps the topics a record that should come before a held one may still have to pass */
    public FirstSeenHold(KeyValueStore<String, Long> schedule, Duration grace, InputBacklog backlog, Duration settle,
                  int steps) {
        this.schedule = schedule;
        this.steps = steps;
        this.graceMillis = grace.toMillis();
        this.backlog = backlog;
        this.settleMillis = settle.toMillis();
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

    /** Takes the ids of the records now due off the schedule, in first-seen order. */
    public List<String> takeDue() {
        long firstSeenDue = newestFirstSeen - graceMillis;
        long settledAsOf = backlog.settledAsOf(steps);
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> held = settledAsOf < 0
                ? schedule.range(key(0), key(Math.max(0, firstSeenDue + 1)))
                : schedule.all()) {
            held.forEachRemaining(entry -> {
                if (entry.value + settleMillis <= settledAsOf || firstSeenOf(entry.key) <= firstSeenDue) {
                    due.add(entry.key);
                }
            });
        }
        due.forEach(schedule::delete);
        return due.stream().map(entry -> entry.substring(ID_START)).toList();
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
