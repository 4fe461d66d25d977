package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerdictTallyTest {
    private static final Instant PUBLISHED = Instant.parse("2024-07-30T12:00:00Z");

    @Test
    void isNotCompleteUntilTheArticleAndEveryAnswerHaveArrived() {
        VerdictTally answersFirst = VerdictTally.empty().with(ProbeAnswer.none()).with(ProbeAnswer.none());
        assertFalse(answersFirst.isComplete(), "the article itself has not arrived");
        assertFalse(answersFirst.expecting(3).isComplete());
        assertTrue(answersFirst.expecting(3).with(ProbeAnswer.none()).isComplete());
    }

    @Test
    void noMatchAnywhereIsAnOriginal() {
        VerdictTally tally = VerdictTally.empty().expecting(2).with(ProbeAnswer.none()).with(ProbeAnswer.none());
        assertInstanceOf(DedupVerdict.Original.class, tally.verdict());
    }

    @Test
    void theEarliestMatchAcrossBucketsIsTheOriginal() {
        VerdictTally tally = VerdictTally.empty().expecting(3)
                .with(ProbeAnswer.matched(match("copy-7", 20, 0.9, DuplicateMethod.NEAR)))
                .with(ProbeAnswer.matched(match("wire-1", 10, 0.6, DuplicateMethod.NEAR)))
                .with(ProbeAnswer.none());

        DedupVerdict.Duplicate verdict = assertInstanceOf(DedupVerdict.Duplicate.class, tally.verdict());
        assertEquals("wire-1", verdict.duplicateOf());
        assertEquals(0.6, verdict.similarity());
        assertEquals(PUBLISHED, verdict.originalPublishedAt());
    }

    @Test
    void anExactMatchOfTheSameArticleWinsOverItsNearMatch() {
        VerdictTally tally = VerdictTally.empty().expecting(2)
                .with(ProbeAnswer.matched(match("wire-1", 10, 0.97, DuplicateMethod.NEAR)))
                .with(ProbeAnswer.matched(match("wire-1", 10, 1.0, DuplicateMethod.EXACT)));

        DedupVerdict.Duplicate verdict = assertInstanceOf(DedupVerdict.Duplicate.class, tally.verdict());
        assertEquals(DuplicateMethod.EXACT, verdict.method());
    }

    @Test
    void oneBucketThatKnowsTheIdMakesARedelivery() {
        VerdictTally tally = VerdictTally.empty().expecting(2)
                .with(ProbeAnswer.matched(match("wire-1", 10, 0.9, DuplicateMethod.NEAR)))
                .with(ProbeAnswer.redelivery());
        assertInstanceOf(DedupVerdict.Redelivered.class, tally.verdict());
    }

    @Test
    void aLateMatchTurnsACompleteOriginalIntoACopyWithoutCountingAsAnAnswer() {
        VerdictTally original = VerdictTally.empty().expecting(2).with(ProbeAnswer.none()).with(ProbeAnswer.none());

        VerdictTally claimed = original.withLateMatch(match("wire-1", 10, 0.8, DuplicateMethod.NEAR));

        assertEquals(original.received(), claimed.received());
        DedupVerdict.Duplicate verdict = assertInstanceOf(DedupVerdict.Duplicate.class, claimed.verdict());
        assertEquals("wire-1", verdict.duplicateOf());
    }

    @Test
    void aLateMatchSeenEarlierThanTheAnsweredOneBecomesTheOriginal() {
        VerdictTally tally = VerdictTally.empty().expecting(1)
                .with(ProbeAnswer.matched(match("copy-7", 20, 0.9, DuplicateMethod.NEAR)))
                .withLateMatch(match("wire-1", 10, 0.7, DuplicateMethod.NEAR))
                .withLateMatch(match("copy-9", 30, 0.95, DuplicateMethod.EXACT));

        assertEquals("wire-1", assertInstanceOf(DedupVerdict.Duplicate.class, tally.verdict()).duplicateOf());
    }

    @Test
    void aLateMatchBeforeTheArticleArrivedStillCounts() {
        VerdictTally tally = VerdictTally.empty().with(ProbeAnswer.none())
                .withLateMatch(match("wire-1", 10, 0.7, DuplicateMethod.NEAR))
                .expecting(2).with(ProbeAnswer.none());

        assertTrue(tally.isComplete());
        assertEquals("wire-1", assertInstanceOf(DedupVerdict.Duplicate.class, tally.verdict()).duplicateOf());
    }

    private static EarlierMatch match(String id, long seen, double similarity, DuplicateMethod method) {
        return new EarlierMatch(id, new ArrivalOrder(seen, 0, 0), PUBLISHED, similarity, method);
    }
}
