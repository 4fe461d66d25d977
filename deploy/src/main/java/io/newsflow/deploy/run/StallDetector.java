package io.newsflow.deploy.run;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells a stalled Streams application from a busy or an idle one: stalled is work waiting (lag above zero)
 * while what the group has committed does not move. An idle application (no lag) is never stalled, however
 * long nothing comes; a busy one moves its committed offsets with every commit.
 */
final class StallDetector {
    private final Duration timeout;
    private long lastProgress = -1;
    /** Wall-clock millis of the last move of the committed offsets while lag was waiting; -1 with no lag. */
    private long waitingSince = -1;

    StallDetector(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @param committed the sum of the group's committed offsets over its input partitions
     * @param lag       records on those partitions not committed yet
     */
    void observe(long nowMillis, long committed, long lag) {
        if (lag <= 0) {
            waitingSince = -1;
        } else if (committed != lastProgress || waitingSince < 0) {
            waitingSince = nowMillis;
        }
        lastProgress = committed;
    }

    /** How long work has waited without progress, once that is at least the timeout. */
    Optional<Duration> stalledFor(long nowMillis) {
        if (waitingSince < 0 || nowMillis - waitingSince < timeout.toMillis()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(nowMillis - waitingSince));
    }
}
