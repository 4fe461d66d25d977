package io.newsflow.schemas.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.AbsorbedArticle;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryArticlesTest {
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T08:00:00Z");
    private static final Sentiment NEUTRAL = new Sentiment(0.0, 0.0, 0.0, 1.0);

    @BeforeAll
    static void trustRecords() {
        AvroTrust.trustGeneratedRecords();
    }

    private static EntityTag maduro() {
        return new EntityTag("person:nicolas-maduro", "Nicolás Maduro", "PERSON", null, 2,
                List.of(new Mention(0, 6), new Mention(40, 46)), -0.2);
    }

    private static EnrichedArticle article(List<String> absorbedStoryIds, List<AbsorbedArticle> absorbed) {
        return EnrichedArticle.newBuilder().setArticleId("wire-9").setUrl("https://wire.example/9")
                .setSource("Wire").setTitle("Maduro rejects the offer").setBody("Maduro said no. Maduro left.")
                .setPublishedAt(PUBLISHED).setFirstSeenAt(PUBLISHED.plusSeconds(5)).setStoryId("story-a")
                .setEntities(List.of(maduro())).setSentiment(NEUTRAL).setEvents(List.of())
                .setAbsorbedStoryIds(absorbedStoryIds).setAbsorbedArticles(absorbed).build();
    }

    @Test
    void anArticleGoesUnderItsOwnStoryThenUnderEachStoryItAbsorbed() {
        assertEquals(List.of("story-a"), StoryArticles.storyIds(article(List.of(), List.of())));
        assertEquals(List.of("story-a", "story-b", "story-c"),
                StoryArticles.storyIds(article(List.of("story-b", "story-c"), List.of())));
    }

    @Test
    void theBodyAndEveryMentionOffsetAreDroppedAndTheRestIsKept() {
        AbsorbedArticle absorbed = AbsorbedArticle.newBuilder().setArticleId("metro-2").setUrl("https://metro/2")
                .setSource("Metro").setTitle("Maduro speaks").setPublishedAt(PUBLISHED)
                .setFirstSeenAt(PUBLISHED).setEntities(List.of(maduro())).setSentiment(NEUTRAL)
                .setEvents(List.of()).build();
        EnrichedArticle full = article(List.of("story-b"), List.of(absorbed));

        EnrichedArticle kept = StoryArticles.withoutBody(full);

        assertEquals("", kept.getBody());
        assertTrue(kept.getEntities().get(0).getMentions().isEmpty());
        assertTrue(kept.getAbsorbedArticles().get(0).getEntities().get(0).getMentions().isEmpty());
        assertEquals(EnrichedArticle.newBuilder(full).setBody("").setEntities(kept.getEntities())
                .setAbsorbedArticles(kept.getAbsorbedArticles()).build(), kept, "nothing else changes");
        assertEquals(2, kept.getEntities().get(0).getCount());
        assertEquals("Maduro said no. Maduro left.", full.getBody(), "the enriched article is left as it was");
        assertEquals(2, full.getEntities().get(0).getMentions().size());
        assertEquals(2, full.getAbsorbedArticles().get(0).getEntities().get(0).getMentions().size());
    }

    @Test
    void anArticleWithNothingToDropIsTheSameRecord() {
        EnrichedArticle kept = StoryArticles.withoutBody(article(List.of(), List.of()));
        assertSame(kept, StoryArticles.withoutBody(kept));
    }
}
