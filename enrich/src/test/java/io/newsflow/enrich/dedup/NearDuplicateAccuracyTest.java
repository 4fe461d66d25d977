package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.support.LabelledNearDuplicates;
import org.junit.jupiter.api.Test;

/** Accuracy (not speed) of near-duplicate detection on the labelled set of scripted copies. */
class NearDuplicateAccuracyTest {
    @Test
    void f1OnScriptedCopiesOfTheFixturesIsAtLeast095() {
        LabelledNearDuplicates.Score score = LabelledNearDuplicates.score(LabelledNearDuplicates.build(40),
                DedupSettings.defaults());
        System.out.println("near-duplicate accuracy: " + score);
        assertTrue(score.f1() >= 0.95, score::toString);
    }
}
