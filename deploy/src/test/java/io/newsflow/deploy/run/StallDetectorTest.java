package io.newsflow.deploy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StallDetectorTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Test
    void anIdleApplicationIsNeverStalledHoweverLongNothingComes() {
        StallDetector detector = new StallDetector(TIMEOUT);
        for (long minute = 0; minute <= 60; minute++) {
            detector.observe(minute * 60_000, 500, 0);
        }
        assertEquals(Optional.empty(), detector.stalledFor(60 * 60_000));
    }

    @Test
    void aBusyApplicationWhoseCommitsMoveIsNeverStalled() {
        StallDetector detector = new StallDetector(TIMEOUT);
        for (long second = 0; second <= 600; second += 5) {
            detector.observe(second * 1_000, second * 10, 10_000);
        }
        assertEquals(Optional.empty(), detector.stalledFor(600_000));
    }

    @Test
    void workWaitingWhileCommitsStandStillIsAStallOnceTheTimeoutPasses() {
        StallDetector detector = new StallDetector(TIMEOUT);
        detector.observe(0, 1_000, 0);
        detector.observe(5_000, 1_200, 300);
        detector.observe(60_000, 1_200, 900);
        assertTrue(detector.stalledFor(60_000).isEmpty(), "not yet: the last move was 55 s ago");

        detector.observe(125_000, 1_200, 4_000);
        assertEquals(Optional.of(Duration.ofSeconds(120)), detector.stalledFor(125_000));

        detector.observe(130_000, 1_250, 3_950);
        assertTrue(detector.stalledFor(130_000).isEmpty(), "a commit moved: it recovered");
    }
}
