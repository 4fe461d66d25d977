package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several buckets of one partition answer a probe together; the article's verdict must not change. */
class BucketAnswerTest {
    private static final Instant PUBLISHED = Instant.parse("2024-07-30T12:00:00Z");

    @Test
    void togetherTheyAnswerWithThePreferredEarlierMatchAndAnyRedelivery() {
        BucketAnswer near = new BucketAnswer(ProbeAnswer.matched(match("wire-1", 10, 0.7, DuplicateMethod.NEAR)),
                List.of());
        BucketAnswer later = new BucketAnswer(ProbeAnswer.matched(match("copy-3", 30, 0.9, DuplicateMethod.NEAR)),
                List.of());
        BucketAnswer exact = new BucketAnswer(ProbeAnswer.matched(match("wire-1", 10, 1.0, DuplicateMethod.EXACT)),
                List.of());

        ProbeAnswer together = BucketAnswer.ofAll(List.of(later, near, exact, none())).toProbe();

        assertEquals(match("wire-1", 10, 1.0, DuplicateMethod.EXACT), together.match(),
                "the earliest article, by its exact match where one bucket found it exactly");
        assertTrue(BucketAnswer.ofAll(List.of(near, new BucketAnswer(ProbeAnswer.redelivery(), List.of())))
                .toProbe().redelivered());
        assertEquals(ProbeAnswer.none(), BucketAnswer.ofAll(List.of(none(), none())).toProbe());
    }

    @Test
    void aLaterMemberFoundInSeveralBucketsGetsOneLateMatch() {
        ArrivalOrder copyOrder = new ArrivalOrder(50, 1, 4);
        LateMatch byBand = new LateMatch("copy-9", copyOrder, match("wire-1", 10, 0.8, DuplicateMethod.NEAR));
        LateMatch byFingerprint = new LateMatch("copy-9", copyOrder, match("wire-1", 10, 1.0, DuplicateMethod.EXACT));
        LateMatch other = new LateMatch("copy-12", new ArrivalOrder(60, 2, 8),
                match("wire-1", 10, 0.8, DuplicateMethod.NEAR));

        BucketAnswer together = BucketAnswer.ofAll(List.of(new BucketAnswer(ProbeAnswer.none(), List.of(byBand, other)),
                new BucketAnswer(ProbeAnswer.none(), List.of(byFingerprint, byBand))));

        assertEquals(List.of(byFingerprint, other), together.lateMatches());
    }

    @Test
    void aTallyCountsAnAnswerForEveryBucketItSpeaksFor() {
        VerdictTally tally = VerdictTally.empty().expecting(33)
                .with(ProbeAnswer.none(), 11)
                .with(ProbeAnswer.matched(match("wire-1", 10, 0.8, DuplicateMethod.NEAR)), 12);
        assertEquals(23, tally.received());

        VerdictTally complete = tally.with(ProbeAnswer.none(), 10);
        assertTrue(complete.isComplete());
        assertEquals("wire-1", assertInstanceOf(DedupVerdict.Duplicate.class, complete.verdict()).duplicateOf());
    }

    private static BucketAnswer none() {
        return new BucketAnswer(ProbeAnswer.none(), List.of());
    }

    private static EarlierMatch match(String articleId, long firstSeen, double similarity, DuplicateMethod method) {
        return new EarlierMatch(articleId, new ArrivalOrder(firstSeen, 0, firstSeen), PUBLISHED, similarity, method);
    }
}
