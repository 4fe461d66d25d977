package io.newsflow.enrich.furniture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one source's pages have in common, as one partition saw them: for its most recurring lines, on how
 * many distinct pages each appeared. It is a space-saving table of bounded size: when it is full, a new line
 * takes the place of the least recurring one and inherits its count as an overcount, so a line's count less
 * its overcount is exactly the pages it was on since it entered the table. Lines nobody used for the
 * furniture window are forgotten first.
 */
public final class SourceLines {
    private static final Comparator<LineCount> EVICT_FIRST = Comparator.comparingInt(LineCount::pages)
            .thenComparingLong(LineCount::lastSeenMillis).thenComparingLong(LineCount::fingerprint);

    private long pages;
    private long lastPage;
    private long clockMillis;
    private final Map<Long, LineCount> lines = new TreeMap<>();

    /**
     * One remembered line.
     *
     * @param fingerprint    hash of the normalised line
     * @param pages          pages it was counted on, including the overcount inherited from an evicted line
     * @param overcount      the count inherited when it entered a full table
     * @param firstPage      the source's page number (in this table) on which it entered the table
     * @param lastSeenMillis publication time of the latest page carrying it
     * @param lastPage       hash of the latest page carrying it, so one page delivered twice counts once
     */
    public record LineCount(long fingerprint, int pages, int overcount, long firstPage, long lastSeenMillis,
                            long lastPage) {
        /** Pages it is known to have been on since it entered the table. */
        int certainPages() {
            return pages - overcount;
        }
    }

    public SourceLines() {
    }

    /**
     * A line's 32-bit fingerprint from the 64-bit hash of its words: the high half, never 0 (which stands for
     * a line without words). Tables stored before fingerprints were narrowed hold the whole hash, which this
     * turns into the fingerprint the same line has now.
     */
    public static long narrowed(long wordsHash) {
        long high = wordsHash >>> Integer.SIZE;
        return high == 0 ? 1 : high;
    }

    /** The table as stored: its page count, latest page, clock and lines. */
    public SourceLines(long pages, long lastPage, long clockMillis, Collection<LineCount> lines) {
        this.pages = pages;
        this.lastPage = lastPage;
        this.clockMillis = clockMillis;
        lines.forEach(line -> this.lines.put(line.fingerprint(), line));
    }

    public long pages() {
        return pages;
    }

    public long lastPage() {
        return lastPage;
    }

    public long clockMillis() {
        return clockMillis;
    }

    /** The remembered lines in fingerprint order (a stable order, so the stored bytes are deterministic). */
    public List<LineCount> lines() {
        return List.copyOf(lines.values());
    }

    /**
     * Counts one page of the source and tells which of its lines are furniture: on at least
     * {@code minPages} of the source's pages and on at least {@code minShare} of the pages since the line was
     * first remembered. The page itself counts, so a line becomes furniture on the page that makes it recur
     * often enough.
     *
     * @param page         hash of the page's identity
     * @param fingerprints the page's distinct line fingerprints
     * @param atMillis     the page's publication time
     */
    public Set<Long> observe(long page, Collection<Long> fingerprints, long atMillis, FurnitureSettings settings) {
        if (page != lastPage || pages == 0) {
            pages++;
            lastPage = page;
        }
        clockMillis = Math.max(clockMillis, atMillis);
        forgetOlderThan(clockMillis - settings.window().toMillis());
        for (long fingerprint : fingerprints) {
            count(fingerprint, page, atMillis, settings.linesPerSource());
        }
        Set<Long> furniture = new HashSet<>();
        for (long fingerprint : fingerprints) {
            LineCount line = lines.get(fingerprint);
            if (line != null && isFurniture(line, settings)) {
                furniture.add(fingerprint);
            }
        }
        return furniture;
    }

    private boolean isFurniture(LineCount line, FurnitureSettings settings) {
        long pagesSinceFirst = pages - line.firstPage() + 1;
        return line.certainPages() >= settings.minPages()
                && line.certainPages() >= settings.minShare() * pagesSinceFirst;
    }

    private void count(long fingerprint, long page, long atMillis, int capacity) {
        LineCount known = lines.get(fingerprint);
        if (known != null) {
            if (known.lastPage() != page) {
                lines.put(fingerprint, new LineCount(fingerprint, known.pages() + 1, known.overcount(),
                        known.firstPage(), Math.max(known.lastSeenMillis(), atMillis), page));
            }
            return;
        }
        int inherited = 0;
        if (lines.size() >= capacity) {
            LineCount evicted = lines.values().stream().min(EVICT_FIRST).orElseThrow();
            lines.remove(evicted.fingerprint());
            inherited = evicted.pages();
        }
        lines.put(fingerprint, new LineCount(fingerprint, inherited + 1, inherited, pages, atMillis, page));
    }

    private void forgetOlderThan(long cutoffMillis) {
        List<Long> stale = new ArrayList<>();
        lines.values().stream().filter(line -> line.lastSeenMillis() < cutoffMillis)
                .forEach(line -> stale.add(line.fingerprint()));
        stale.forEach(lines::remove);
    }
}
