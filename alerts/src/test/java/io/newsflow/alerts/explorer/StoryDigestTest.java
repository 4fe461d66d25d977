package io.newsflow.alerts.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDigestTest {
    private static final Instant AUG_11 = Instant.parse("2024-08-11T14:00:00Z");
    private static final DigestEntity MADURO = new DigestEntity("person:nicolas-maduro", "Nicolás Maduro", "Q58132", 4);
    private static final DigestEntity US = new DigestEntity("country:united-states", "United States", "Q30", 3);

    private final MemoryListedArticles listed = new MemoryListedArticles();
    private final StoryDigests digests = new StoryDigests(listed);

    private static DigestArticle article(String id, String source, long hours, String title) {
        return new DigestArticle(id, "https://example.org/" + id, source, title, AUG_11.plusSeconds(hours * 3600), 0);
    }

    @Test
    void theHeadlineIsTheEarliestArticlesWhateverOrderTheyArriveIn() {
        DigestSummary summary = digests.add(DigestSummary.empty("story-venezuela"),
                article("cw-reject", "Caribbean Wire", 72, "Maduro rejects the offer"), List.of(MADURO), Map.of());
        summary = digests.add(summary, article("hp-offer", "Hemisphere Post", 0, "U.S. offers Maduro amnesty"),
                List.of(US, MADURO), Map.of("OFFER", "03"));
        StoryDigest digest = digests.view(summary);

        assertEquals("U.S. offers Maduro amnesty", digest.title());
        assertEquals(AUG_11, digest.firstPublishedAt());
        assertEquals(AUG_11.plusSeconds(72 * 3600), digest.lastPublishedAt());
        assertEquals(List.of("Hemisphere Post", "Caribbean Wire"), digest.sources());
        assertEquals(List.of(new DigestEntity(MADURO.id(), MADURO.name(), "Q58132", 8), US), digest.entities(),
                "mentions add up over articles, most mentioned first");
        assertEquals(Map.of("OFFER", "03"), digest.cameoCodes());
    }

    @Test
    void copiesAreCountedOnTheirOriginalAndARedeliveredArticleOnce() {
        DigestArticle offer = article("hp-offer", "Hemisphere Post", 0, "U.S. offers Maduro amnesty");
        DigestSummary summary = digests.add(DigestSummary.empty("story-venezuela"), offer, List.of(), Map.of());
        summary = digests.add(summary, offer, List.of(), Map.of());
        summary = digests.countCopy(digests.countCopy(summary, "hp-offer"), "hp-offer");
        StoryDigest digest = digests.view(summary);

        assertEquals(1, digest.articleCount());
        assertEquals(2, digest.articles().get(0).copies());
        assertEquals(2, digest.copyCount());
    }

    @Test
    void aCopyCountedBeforeItsOriginalIsAddedToItWhenItComes() {
        DigestSummary ahead = digests.countCopy(DigestSummary.empty("story-venezuela"), "hp-offer");
        assertFalse(ahead.hasArticles(), "copies alone make no story to show");

        DigestSummary summary = digests.add(ahead, article("hp-offer", "Hemisphere Post", 0,
                "U.S. offers Maduro amnesty"), List.of(), Map.of());
        assertEquals(1, digests.view(summary).articles().get(0).copies());
        assertEquals(Map.of(), summary.copiesAhead());
    }

    @Test
    void aLongStoryKeepsItsEarliestArticlesAndCountsTheRest() {
        DigestSummary summary = DigestSummary.empty("story-long");
        for (int hour = 1; hour <= StoryDigest.MAX_ARTICLES + 10; hour++) {
            summary = digests.add(summary, article("a-" + hour, "Wire", hour, "Update " + hour), List.of(), Map.of());
        }
        summary = digests.add(summary, article("a-0", "Wire", 0, "Update 0"), List.of(), Map.of());
        StoryDigest digest = digests.view(summary);

        assertEquals(StoryDigest.MAX_ARTICLES + 11, digest.articleCount());
        assertEquals(StoryDigest.MAX_ARTICLES, digest.articles().size());
        assertEquals("a-0", digest.articles().get(0).articleId(), "an earlier report arriving late is listed");
        assertEquals("a-" + (StoryDigest.MAX_ARTICLES - 1), digest.articles().get(StoryDigest.MAX_ARTICLES - 1)
                .articleId(), "in place of the latest listed");
        assertEquals("Update 0", digest.title());
    }

    @Test
    void eachArticleCostsOneWriteOfItsOwnWhateverTheStoryHoldsAlready() {
        DigestSummary summary = DigestSummary.empty("story-long");
        for (int hour = 1; hour <= 50; hour++) {
            summary = digests.add(summary, article("a-" + hour, "Wire", hour, "Update " + hour), List.of(), Map.of());
        }
        assertEquals(50, listed.writes(), "the listed articles are not rewritten with each new one");
    }
}
