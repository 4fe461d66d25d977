package io.newsflow.alerts.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryDigestTest {
    private static final Instant AUG_11 = Instant.parse("2024-08-11T14:00:00Z");
    private static final DigestEntity MADURO = new DigestEntity("person:nicolas-maduro", "Nicolás Maduro", "Q58132", 4);
    private static final DigestEntity US = new DigestEntity("country:united-states", "United States", "Q30", 3);

    private static DigestArticle article(String id, String source, long hours, String title) {
        return new DigestArticle(id, "https://example.org/" + id, source, title, AUG_11.plusSeconds(hours * 3600), 0);
    }

    @Test
    void theHeadlineIsTheEarliestArticlesWhateverOrderTheyArriveIn() {
        StoryDigest digest = StoryDigest.empty("story-venezuela")
                .with(article("cw-reject", "Caribbean Wire", 72, "Maduro rejects the offer"), List.of(MADURO), Map.of())
                .with(article("hp-offer", "Hemisphere Post", 0, "U.S. offers Maduro amnesty"), List.of(US, MADURO),
                        Map.of("OFFER", "03"));

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
        StoryDigest digest = StoryDigest.empty("story-venezuela")
                .with(article("hp-offer", "Hemisphere Post", 0, "U.S. offers Maduro amnesty"), List.of(), Map.of())
                .with(article("hp-offer", "Hemisphere Post", 0, "U.S. offers Maduro amnesty"), List.of(), Map.of())
                .withCopyOf("hp-offer").withCopyOf("hp-offer").withCopyOf("not-in-this-story");

        assertEquals(1, digest.articleCount());
        assertEquals(2, digest.articles().get(0).copies());
        assertEquals(2, digest.copyCount());
    }

    @Test
    void aCopyCountedBeforeItsOriginalIsAddedToItWhenItComes() {
        StoryDigest ahead = StoryDigest.empty("story-venezuela").withCopyOf("hp-offer");
        assertEquals(false, ahead.hasArticles(), "copies alone make no story to show");

        StoryDigest digest = ahead.with(article("hp-offer", "Hemisphere Post", 0, "U.S. offers Maduro amnesty"),
                List.of(), Map.of());
        assertEquals(1, digest.articles().get(0).copies());
        assertEquals(Map.of(), digest.copiesAhead());
    }

    @Test
    void aLongStoryKeepsItsEarliestArticlesAndCountsTheRest() {
        StoryDigest digest = StoryDigest.empty("story-long");
        for (int hour = StoryDigest.MAX_ARTICLES + 10; hour > 0; hour--) {
            digest = digest.with(article("a-" + hour, "Wire", hour, "Update " + hour), List.of(), Map.of());
        }
        assertEquals(StoryDigest.MAX_ARTICLES + 10, digest.articleCount());
        assertEquals(StoryDigest.MAX_ARTICLES, digest.articles().size());
        assertEquals("a-1", digest.articles().get(0).articleId());
        assertEquals("Update 1", digest.title());
    }
}
