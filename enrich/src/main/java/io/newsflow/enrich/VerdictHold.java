package io.newsflow.enrich;

import java.time.Duration;

/**
 * How long dedup-decide holds a complete verdict, so that an earlier-seen copy whose raw partition lags can
 * still claim the article with a late match. Ingest's first-seen clock, not the wall clock, measures the
 * grace: a backfill read minutes after ingest still holds each verdict until articles seen {@code grace}
 * later have reached the same decide task, however slowly the lagging partition is read.
 *
 * @param grace  first-seen time that must pass (as seen by the decide task) before a verdict is emitted;
 *               zero emits at once, which is only safe with a single raw partition
 * @param quiet  wall-clock time without any input after which a decide task emits every complete verdict,
 *               since its inputs are drained (otherwise the last verdicts of a burst would wait for news)
 */
public record VerdictHold(Duration grace, Duration quiet) {
    public static VerdictHold defaults() {
        return new VerdictHold(Duration.ofSeconds(10), Duration.ofSeconds(2));
    }

    public VerdictHold {
        if (grace.isNegative() || quiet.isNegative() || quiet.isZero()) {
            throw new IllegalArgumentException("dedup grace must not be negative and the quiet period must be "
                    + "positive, got grace " + grace + " and quiet " + quiet);
        }
    }

    public boolean emitsAtOnce() {
        return grace.isZero();
    }
}
