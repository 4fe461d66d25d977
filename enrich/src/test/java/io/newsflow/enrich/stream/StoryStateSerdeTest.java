package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.story.EarlyArticle;
import io.newsflow.enrich.story.FeatureVector;
import io.newsflow.enrich.story.StoryState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryStateSerdeTest {
    private static final Instant FIRST = Instant.parse("2026-01-05T08:00:00Z");
    private final StoryStateSerde serde = new StoryStateSerde();

    private static StoryState story(Map<String, Instant> filedAt) {
        return story(filedAt, List.of());
    }

    private static StoryState story(Map<String, Instant> filedAt, List<EarlyArticle> early) {
        return new StoryState("story-wire-001", "Port strike", FIRST, FIRST.plusSeconds(3600), 2,
                List.of("Continental Wire"), Map.of("e:union", 3), new FeatureVector(Map.of("t:strike", 2.0)),
                "wire-002", filedAt, early);
    }

    @Test
    void aSmallStoryReadsBackWithItsEarlyArticles() {
        List<EarlyArticle> early = List.of(new EarlyArticle("wire-001", new byte[] {1, 2, 3}),
                new EarlyArticle("wire-002", new byte[0]));
        StoryState story = story(Map.of("t:strike", FIRST), early);
        StoryState read = serde.deserializer().deserialize("", serde.serializer().serialize("", story));
        assertSameStory(story, read);
        assertEquals(early, read.earlyArticles());
    }

    @Test
    void aStoryReadsBackWithTheFeaturesItWasFiledUnder() {
        StoryState story = story(Map.of("t:strike", FIRST, "e:union", FIRST.plusSeconds(60)));
        assertSameStory(story, serde.deserializer().deserialize("", serde.serializer().serialize("", story)));
    }

    /** Stores restored after an upgrade hold format-1 states: they read as filed under nothing, so refiled. */
    @Test
    void aStoryWrittenBeforeFilingWasRecordedReadsAsFiledUnderNothing() {
        byte[] current = serde.serializer().serialize("", story(Map.of()));
        // Format 3 is format 1 followed by the filed features and the early articles: here two counts of zero.
        byte[] formatOne = Arrays.copyOf(current, current.length - 2 * Integer.BYTES);
        formatOne[0] = 1;
        assertSameStory(story(Map.of()), serde.deserializer().deserialize("", formatOne));
    }

    /** Format-2 states (before merges) read as keeping no early articles. */
    @Test
    void aStoryWrittenBeforeEarlyArticlesWereKeptReadsAsKeepingNone() {
        StoryState story = story(Map.of("t:strike", FIRST));
        byte[] current = serde.serializer().serialize("", story);
        byte[] formatTwo = Arrays.copyOf(current, current.length - Integer.BYTES);
        formatTwo[0] = 2;
        StoryState read = serde.deserializer().deserialize("", formatTwo);
        assertSameStory(story, read);
        assertEquals(List.of(), read.earlyArticles());
    }

    /** Field by field: a FeatureVector compares by identity. */
    private static void assertSameStory(StoryState expected, StoryState read) {
        assertEquals(List.of(expected.storyId(), expected.title(), expected.firstPublishedAt(),
                        expected.lastPublishedAt(), expected.articleCount(), expected.sources(), expected.entityCounts(),
                        expected.lastArticleId(), expected.filedAt()),
                List.of(read.storyId(), read.title(), read.firstPublishedAt(), read.lastPublishedAt(),
                        read.articleCount(), read.sources(), read.entityCounts(), read.lastArticleId(), read.filedAt()));
        assertEquals(expected.centroid().top(10), read.centroid().top(10));
    }
}
