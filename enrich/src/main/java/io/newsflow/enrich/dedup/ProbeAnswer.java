package io.newsflow.enrich.dedup;

import java.util.Optional;

/**
 * What one bucket answers to one probe.
 *
 * @param redelivered the bucket already holds this very article id: the article was delivered before
 * @param match       the earliest earlier article in the bucket that the probe copies; null when none
 */
public record ProbeAnswer(boolean redelivered, EarlierMatch match) {
    public static ProbeAnswer none() {
        return new ProbeAnswer(false, null);
    }

    public static ProbeAnswer redelivery() {
        return new ProbeAnswer(true, null);
    }

    public static ProbeAnswer matched(EarlierMatch match) {
        return new ProbeAnswer(false, match);
    }

    /** The answer of two buckets together: a redelivery if either says so, else the preferred earlier match. */
    public ProbeAnswer and(ProbeAnswer other) {
        EarlierMatch preferred = match == null ? other.match
                : other.match == null ? match : match.preferredOver(other.match);
        return new ProbeAnswer(redelivered || other.redelivered, preferred);
    }

    public Optional<EarlierMatch> earlierMatch() {
        return Optional.ofNullable(match);
    }
}
