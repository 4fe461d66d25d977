package io.newsflow.enrich.stream.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageChainTest {
    private final CoverageChain<String> chain = new CoverageChain<>(60_000);

    @Test
    void nothingIsSettledBeforeTheFirstObservation() {
        assertEquals(-1, chain.settledAsOf(1));
    }

    @Test
    void fullyReadInputsAreSettledAsOfNowForAnyNumberOfSteps() {
        chain.observe(1_000, Map.of("raw-0", 5L, "probes-0", 7L), Map.of("raw-0", 5L, "probes-0", 7L, "empty", 0L));
        assertEquals(1_000, chain.settledAsOf(1));
        assertEquals(1_000, chain.settledAsOf(6));
    }

    @Test
    void underASteadyFeedEachStepNeedsTheNextSnapshotCoveredAndNothingEverLooksDrained() {
        // Each quarter second 10 more raw records arrive and the group commits what was there before.
        for (int poll = 0; poll <= 8; poll++) {
            long now = poll * 250L;
            long committed = poll * 10L;
            chain.observe(now, Map.of("raw", committed), Map.of("raw", committed + 10));
        }

        assertEquals(1_750, chain.settledAsOf(1), "the snapshot at 1,750 ms was covered at 2,000 ms");
        assertEquals(1_500, chain.settledAsOf(2), "1,500 covered at 1,750, and that one at 2,000");
        assertEquals(1_250, chain.settledAsOf(3));
    }

    @Test
    void aPartitionThatIsNotReadHoldsEverythingBack() {
        chain.observe(0, Map.of("raw-0", 0L), Map.of("raw-0", 3L, "raw-1", 2L));
        chain.observe(250, Map.of("raw-0", 3L), Map.of("raw-0", 3L, "raw-1", 2L));
        chain.observe(500, Map.of("raw-0", 3L), Map.of("raw-0", 3L, "raw-1", 2L));
        assertEquals(-1, chain.settledAsOf(1), "raw-1 was never committed");

        chain.observe(750, Map.of("raw-0", 3L, "raw-1", 2L), Map.of("raw-0", 3L, "raw-1", 2L));
        assertEquals(750, chain.settledAsOf(3));
    }

    @Test
    void oldSnapshotsAreForgottenButTheNewestIsKept() {
        CoverageChain<String> shortMemory = new CoverageChain<>(1_000);
        shortMemory.observe(0, Map.of(), Map.of("raw", 1L));
        shortMemory.observe(5_000, Map.of("raw", 1L), Map.of("raw", 1L));
        assertEquals(5_000, shortMemory.settledAsOf(2));
    }
}
