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

    public Optional<EarlierMatch> earlierMatch() {
        return Optional.ofNullable(match);
    }
}
