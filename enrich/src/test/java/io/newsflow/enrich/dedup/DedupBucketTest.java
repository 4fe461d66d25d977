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
                .map(key -> bucket.answer(key, copy, List.of(original))).toList();

        assertFalse(answers.isEmpty(), "a syndicated copy shares LSH bands with its original");
        for (ProbeAnswer answer : answers) {
            EarlierMatch match = answer.earlierMatch().orElseThrow();
            assertEquals("wire-001", match.articleId());
            assertEquals(DuplicateMethod.NEAR, match.method());
            assertEquals(Fixture.load("amnesty-wire").publishedAt(), match.publishedAt());
        }
    }

    /** The race of two copies on different partitions: the later-seen one must never make the earlier one a copy. */
    @Test
    void aMemberSeenAfterTheProbeNeverMakesItACopy() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember copyFiledFirst = member("amnesty-syndicated", 2);

        for (String key : sharedBands("amnesty-wire", "amnesty-syndicated")) {
            assertEquals(ProbeAnswer.none(), bucket.answer(key, original, List.of(copyFiledFirst)), key);
        }
    }

    @Test
    void theFingerprintBucketAnswersExactWithFullSimilarity() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember exactCopy = member("amnesty-exact-copy", 2);
        String exactKey = probeKeys.of(sketch("amnesty-exact-copy")).get(0);
        assertEquals(exactKey, probeKeys.of(sketch("amnesty-wire")).get(0));

        EarlierMatch match = bucket.answer(exactKey, exactCopy, List.of(original)).earlierMatch().orElseThrow();

        assertEquals(DuplicateMethod.EXACT, match.method());
        assertEquals(1.0, match.similarity());
    }

    @Test
    void theSameArticleIdAlreadyFiledIsARedelivery() {
        DedupMember first = member("amnesty-wire", 1);
        DedupMember again = member("amnesty-wire", 9);
        String key = probeKeys.of(sketch("amnesty-wire")).get(3);

        assertTrue(bucket.answer(key, again, List.of(first)).redelivered());
    }

    @Test
    void anotherOutletsWriteUpFoundInTheSameBucketIsNoMatch() {
        DedupMember wire = member("amnesty-wire", 1);
        DedupMember rewrite = member("amnesty-harbor-daily", 2);
        String key = probeKeys.of(sketch("amnesty-harbor-daily")).get(5);

        assertEquals(ProbeAnswer.none(), bucket.answer(key, rewrite, List.of(wire)));
    }

    @Test
    void theEarliestOfSeveralEarlierCopiesIsTheMatch() {
        DedupMember original = member("amnesty-wire", 1);
        DedupMember firstCopy = member("amnesty-syndicated", 2);
        DedupMember exactCopy = member("amnesty-exact-copy", 3);
        String key = sharedBands("amnesty-wire", "amnesty-exact-copy").get(0);

        EarlierMatch match = bucket.answer(key, exactCopy, List.of(firstCopy, original)).earlierMatch().orElseThrow();

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
