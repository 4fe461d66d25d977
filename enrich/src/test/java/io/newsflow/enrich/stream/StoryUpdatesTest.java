package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.enrich.story.FeatureVector;
import io.newsflow.enrich.story.StoryAssignment;
import io.newsflow.enrich.story.StoryState;
import io.newsflow.schemas.avro.StoryUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryUpdatesTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aMergeClosesTheAbsorbedStoryNamingItsSurvivorBeforeTheSurvivorsUpdate() {
        StoryState absorbed = story("story-b1", "Police crack down on the square", 1, "Metro", MONDAY.plusSeconds(3600));
        StoryState survivor = story("story-a1", "Protesters march on the capital", 4, "Wire", MONDAY)
                .absorbing(absorbed, 120, 5);

        List<StoryUpdate> updates = ArticleRecords.storyUpdates(
                new StoryAssignment(survivor, false, 0.6, List.of(absorbed)));

        assertEquals(List.of("story-b1", "story-a1"), updates.stream().map(StoryUpdate::getStoryId).toList());
        StoryUpdate closing = updates.get(0);
        assertEquals("story-a1", closing.getMergedInto());
        assertEquals(1, closing.getArticleCount(), "the absorbed story as it was");
        assertEquals(survivor.lastArticleId(), closing.getArticleId(), "the article that merged it");
        StoryUpdate merged = updates.get(1);
        assertNull(merged.getMergedInto());
        assertEquals(List.of("story-b1"), merged.getAbsorbed());
        assertEquals(5, merged.getArticleCount());
        assertEquals(List.of("Wire", "Metro"), merged.getSources());
    }

    @Test
    void anOrdinaryArticleGivesOneUpdateThatMergesNothing() {
        StoryState story = story("story-a1", "Protesters march on the capital", 2, "Wire", MONDAY);

        List<StoryUpdate> updates = ArticleRecords.storyUpdates(new StoryAssignment(story, false, 0.4));

        assertEquals(1, updates.size());
        assertNull(updates.get(0).getMergedInto());
        assertEquals(List.of(), updates.get(0).getAbsorbed());
    }

    private static StoryState story(String id, String title, int articles, String source, Instant at) {
        return new StoryState(id, title, at, at, articles, List.of(source), Map.of("person:someone", articles),
                new FeatureVector(Map.of("t:square", 1.0)), id.replace("story-", ""), Map.of(), List.of());
    }
}
