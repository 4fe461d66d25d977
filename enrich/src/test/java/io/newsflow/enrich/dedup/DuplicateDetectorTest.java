package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.support.Fixture;
import io.newsflow.enrich.support.InMemoryDedupIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    private DuplicateDetector detector;

    @BeforeEach
    void newIndex() {
        detector = new DuplicateDetector(DedupSettings.defaults(), new InMemoryDedupIndex());
    }

    @Test
    void firstArticleIsOriginal() {
        assertInstanceOf(DedupVerdict.Original.class, observe("amnesty-wire"));
    }

    @Test
    void republishedTextWithFurnitureCaseAndPunctuationIsExactCopy() {
        observe("amnesty-wire");
        DedupVerdict.Duplicate verdict = assertInstanceOf(DedupVerdict.Duplicate.class, observe("amnesty-exact-copy"));
        assertEquals("wire-001", verdict.duplicateOf());
        assertEquals(DuplicateMethod.EXACT, verdict.method());
        assertEquals(1.0, verdict.similarity());
    }

    @Test
    void syndicatedCopyWithEditsIsNearCopyEvenIfPublishedEarlier() {
        Fixture original = Fixture.load("amnesty-wire");
        observe("amnesty-wire");
        DedupVerdict.Duplicate verdict = assertInstanceOf(DedupVerdict.Duplicate.class, observe("amnesty-syndicated"));
        assertEquals("wire-001", verdict.duplicateOf());
        assertEquals(DuplicateMethod.NEAR, verdict.method());
        assertEquals(original.publishedAt(), verdict.originalPublishedAt());
        assertTrue(verdict.similarity() >= 0.5 && verdict.similarity() < 1.0, "similarity " + verdict.similarity());
    }

    @Test
    void anotherOutletsOwnWriteUpOfTheSameEventIsNotACopy() {
        observe("amnesty-wire");
        assertInstanceOf(DedupVerdict.Original.class, observe("amnesty-harbor-daily"));
    }

    @Test
    void followUpsAndUnrelatedArticlesAreNotCopies() {
        observe("amnesty-wire");
        observe("amnesty-harbor-daily");
        for (String name : new String[] {"maduro-rejects", "sanctions-license", "port-strike", "rate-cut"}) {
            assertInstanceOf(DedupVerdict.Original.class, observe(name), name);
        }
    }

    @Test
    void copyOfACopyPointsAtTheEarliestArticleItCopies() {
        observe("amnesty-wire");
        observe("amnesty-syndicated");
        DedupVerdict.Duplicate verdict = assertInstanceOf(DedupVerdict.Duplicate.class, observe("amnesty-exact-copy"));
        assertEquals("wire-001", verdict.duplicateOf());
    }

    @Test
    void sameArticleDeliveredAgainIsNeitherOriginalNorCopy() {
        observe("amnesty-wire");
        assertInstanceOf(DedupVerdict.Redelivered.class, observe("amnesty-wire"));
    }

    private DedupVerdict observe(String fixture) {
        Fixture article = Fixture.load(fixture);
        return detector.observe(article.id(), article.publishedAt(), article.title(), article.body());
    }
}
