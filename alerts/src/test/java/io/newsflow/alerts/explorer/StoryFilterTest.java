package io.newsflow.alerts.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoryFilterTest {
    private static final Instant AUG_11 = Instant.parse("2024-08-11T14:00:00Z");

    private static StoryDigest venezuela() {
        StoryDigests digests = new StoryDigests(new MemoryListedArticles());
        DigestSummary summary = digests.add(DigestSummary.empty("story-venezuela"),
                new DigestArticle("hp-offer", "https://example.org/hp-offer", "Hemisphere Post",
                        "U.S. offers Maduro amnesty", AUG_11, 0),
                List.of(new DigestEntity("person:nicolas-maduro", "Nicolás Maduro", "Q58132", 4),
                        new DigestEntity("country:venezuela", "Venezuela", "Q717", 2)), Map.of());
        return digests.view(summary);
    }

    @Test
    void anEntityIsNamedByItsIdItsWikidataIdOrItsName() {
        assertTrue(new StoryFilter("Q717", null, null, 10).matches(venezuela()));
        assertTrue(new StoryFilter("q717", null, null, 10).matches(venezuela()));
        assertTrue(new StoryFilter("person:nicolas-maduro", null, null, 10).matches(venezuela()));
        assertTrue(new StoryFilter("venezuela", null, null, 10).matches(venezuela()));
        assertFalse(new StoryFilter("Q30", null, null, 10).matches(venezuela()));
    }

    @Test
    void keywordsIgnoreCaseAndAccentsAndMatchTheStartOfWords() {
        assertTrue(new StoryFilter(null, "AMNESTY", null, 10).matches(venezuela()));
        assertTrue(new StoryFilter(null, "nicolas", null, 10).matches(venezuela()), "an entity name, unaccented");
        assertTrue(new StoryFilter(null, "amnes", null, 10).matches(venezuela()), "a word being typed");
        assertFalse(new StoryFilter(null, "nesty", null, 10).matches(venezuela()), "not inside a word");
        assertFalse(new StoryFilter(null, "typhoon", null, 10).matches(venezuela()));
    }

    @Test
    void sinceKeepsStoriesActiveFromThenOn() {
        assertTrue(new StoryFilter(null, null, AUG_11, 10).matches(venezuela()));
        assertFalse(new StoryFilter(null, null, AUG_11.plusSeconds(1), 10).matches(venezuela()));
    }

    @Test
    void newestActivityComesFirstUpToTheLimit() {
        StorySummary old = summary("story-old", AUG_11);
        StorySummary recent = summary("story-recent", AUG_11.plusSeconds(60));
        StorySummary newest = summary("story-newest", AUG_11.plusSeconds(120));
        assertEquals(List.of("story-newest", "story-recent"), new StoryFilter(null, null, null, 2)
                .newestFirst(Stream.of(old, newest, recent)).stream().map(StorySummary::id).toList());
    }

    @Test
    void aLimitOutsideItsRangeIsRefusedWithTheRange() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new StoryFilter(null, null, null, 0));
        assertEquals("limit must be between 1 and 500, not 0", refused.getMessage());
    }

    private static StorySummary summary(String id, Instant lastSeen) {
        return new StorySummary(id, id, AUG_11, lastSeen, 1, 0, 1, List.of(), null, null);
    }
}
