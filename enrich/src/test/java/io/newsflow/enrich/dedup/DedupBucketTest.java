package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.support.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupBucketTest {
    private final DedupSettings settings = DedupSettings.defaults();
    private final DedupBucket bucket = new DedupBucket(settings);
    private final ArticleSketcher sketcher = new ArticleSketcher(settings);
    private final ProbeKeys probeKeys = new ProbeKeys(settings);

    @Test
    void aSyndicatedCopyMatchesTheEarlierOriginalInTheBandsTheyShare() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember copy = member("amnesty-syndicated", 2);

        List<ProbeAnswer> answers = sharedBands("amnesty-wire", "amnesty-syndicated").stream()
                .map(key -> bucket.answer(key, copy, List.of(original)).toProbe()).toList();

        assertFalse(answers.isEmpty(), "a syndicated copy shares LSH bands with its original");
        for (ProbeAnswer answer : answers) {
            EarlierMatch match = answer.earlierMatch().orElseThrow();
            assertEquals("wire-001", match.articleId());
            assertEquals(DuplicateMethod.NEAR, match.method());
            assertEquals(Fixture.load("amnesty-wire").publishedAt(), match.publishedAt());
        }
    }

    /**
     * The race of two copies on different partitions: the later-seen copy reached the bucket first. It never
     * makes the earlier original a copy; instead the bucket tells the copy that the original came first.
     */
    @Test
    void aMemberSeenAfterTheProbeNeverMakesItACopyButLearnsItsOriginal() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember copyFiledFirst = member("amnesty-syndicated", 2);

        for (String key : sharedBands("amnesty-wire", "amnesty-syndicated")) {
            BucketAnswer answer = bucket.answer(key, original, List.of(copyFiledFirst));
            assertEquals(ProbeAnswer.none(), answer.toProbe(), key);
            LateMatch late = answer.lateMatches().get(0);
            assertEquals(1, answer.lateMatches().size());
            assertEquals("metro-7781", late.articleId());
            assertEquals(copyFiledFirst.order(), late.order());
            assertEquals("wire-001", late.earlier().articleId());
            assertEquals(original.order(), late.earlier().order());
            assertEquals(DuplicateMethod.NEAR, late.earlier().method());
            assertEquals(bucket.answer(key, copyFiledFirst, List.of(original)).toProbe().match(), late.earlier(),
                    "a late match says what the copy would have heard had the original been filed first");
        }
    }

    @Test
    void aRedeliveryIsFiledNowhereAndSendsNoLateMatch() {
        DedupMember copy = member("amnesty-syndicated", 5);
        DedupMember first = member("amnesty-wire", 1);
        DedupMember again = member("amnesty-wire", 9);
        String key = sharedBands("amnesty-wire", "amnesty-syndicated").get(0);

        BucketAnswer answer = bucket.answer(key, again, List.of(copy, first));

        assertTrue(answer.toProbe().redelivered());
        assertEquals(List.of(), answer.lateMatches());
    }

    @Test
    void theFingerprintBucketAnswersExactWithFullSimilarity() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember exactCopy = member("amnesty-exact-copy", 2);
        String exactKey = probeKeys.of(sketch("amnesty-exact-copy")).get(0);
        assertEquals(exactKey, probeKeys.of(sketch("amnesty-wire")).get(0));

        EarlierMatch match = bucket.answer(exactKey, exactCopy, List.of(original)).toProbe().earlierMatch()
                .orElseThrow();

        assertEquals(DuplicateMethod.EXACT, match.method());
        assertEquals(1.0, match.similarity());
    }

    @Test
    void theSameArticleIdAlreadyFiledIsARedelivery() {
        DedupMember first = member("amnesty-wire", 1);
        DedupMember again = member("amnesty-wire", 9);
        String key = probeKeys.of(sketch("amnesty-wire")).get(3);

        assertTrue(bucket.answer(key, again, List.of(first)).toProbe().redelivered());
    }

    /** Whichever of the two reaches the bucket first, a rewrite is neither a match nor a late match. */
    @Test
    void anotherOutletsWriteUpFoundInTheSameBucketIsNoMatchEitherWay() {
        DedupMember wire = member("amnesty-wire", 1);
        DedupMember rewrite = member("amnesty-harbor-daily", 2);
        String key = probeKeys.of(sketch("amnesty-harbor-daily")).get(5);

        assertEquals(new BucketAnswer(ProbeAnswer.none(), List.of()), bucket.answer(key, rewrite, List.of(wire)));
        assertEquals(new BucketAnswer(ProbeAnswer.none(), List.of()), bucket.answer(key, wire, List.of(rewrite)));
    }

    @Test
    void theEarliestOfSeveralEarlierCopiesIsTheMatch() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember firstCopy = member("amnesty-syndicated", 2);
        DedupMember exactCopy = member("amnesty-exact-copy", 3);
        String key = sharedBands("amnesty-wire", "amnesty-exact-copy").get(0);

        EarlierMatch match = bucket.answer(key, exactCopy, List.of(firstCopy, original)).toProbe().earlierMatch()
                .orElseThrow();

        assertEquals("wire-001", match.articleId());
    }

    private List<String> sharedBands(String first, String second) {
        List<String> theirs = probeKeys.of(sketch(first));
        return probeKeys.of(sketch(second)).stream().filter(theirs::contains).filter(key -> !ProbeKeys.isExact(key))
                .toList();
    }

    private ArticleSketch sketch(String fixture) {
        Fixture article = Fixture.load(fixture);
        return sketcher.sketch(article.title(), article.body());
    }

    private DedupMember member(String fixture, long seen) {
        Fixture article = Fixture.load(fixture);
        return new DedupMember(article.id(), new ArrivalOrder(seen, 0, 0), article.publishedAt(),
                sketch(fixture).signature());
    }
}
