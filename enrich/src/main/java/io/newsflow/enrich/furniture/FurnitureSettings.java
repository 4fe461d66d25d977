package io.newsflow.enrich.furniture;

import java.time.Duration;

/**
 * When a recurring line of a source counts as that source's furniture. Each enrich partition learns from its
 * own share of a source's pages, so the thresholds are meant for that share: {@code minPages} pages of one
 * partition, and a share of the source's pages that does not depend on how many partitions there are.
 *
 * @param minPages       distinct pages of the source (as one partition sees them) the line must be on
 * @param minShare       share of the source's pages since the line first appeared that must carry it, so a
 *                       background paragraph an outlet repeats in one story's articles stays text while a
 *                       trending line on top of every page does not
 * @param window         a line not seen on any page of its source for this long is forgotten
 * @param linesPerSource lines remembered per source (the most recurring ones); bounds the state per source
 * @param enabled        false passes every text through unchanged and keeps no state
 */
public record FurnitureSettings(int minPages, double minShare, Duration window, int linesPerSource,
                                boolean enabled) {
    public FurnitureSettings {
        if (minPages < 2) {
            throw new IllegalArgumentException("furniture min pages must be at least 2, got " + minPages);
        }
        if (!(minShare > 0 && minShare <= 1)) {
            throw new IllegalArgumentException("furniture min share must be in (0, 1], got " + minShare);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("furniture window must be positive, got " + window);
        }
        if (linesPerSource < 1) {
            throw new IllegalArgumentException("furniture lines per source must be positive, got " + linesPerSource);
        }
    }

    public static FurnitureSettings defaults() {
        return new FurnitureSettings(4, 0.8, Duration.ofDays(3), 128, true);
    }

    public FurnitureSettings withMinPages(int pages) {
        return new FurnitureSettings(pages, minShare, window, linesPerSource, enabled);
    }

    public FurnitureSettings withMinShare(double share) {
        return new FurnitureSettings(minPages, share, window, linesPerSource, enabled);
    }

    public FurnitureSettings withWindow(Duration duration) {
        return new FurnitureSettings(minPages, minShare, duration, linesPerSource, enabled);
    }

    public FurnitureSettings withLinesPerSource(int lines) {
        return new FurnitureSettings(minPages, minShare, window, lines, enabled);
    }

    public FurnitureSettings withEnabled(boolean on) {
        return new FurnitureSettings(minPages, minShare, window, linesPerSource, on);
    }
}
