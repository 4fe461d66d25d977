package io.newsflow.enrich.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.support.CapitalisedWordTagger;
import io.newsflow.enrich.support.Fixture;
import io.newsflow.enrich.support.InMemoryStoryIndex;
import io.newsflow.enrich.support.InMemoryTermStatistics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private StoryClusterer clusterer;

    @BeforeEach
    void newIndex() {
        clusterer = new StoryClusterer(StorySettings.defaults(), new InMemoryTermStatistics(),
                new InMemoryStoryIndex());
    }

    @Test
    void firstArticleStartsAStoryNamedAfterIt() {
        StoryAssignment first = assign("amnesty-wire");
        assertTrue(first.newStory());
        assertEquals("story-wire-001", first.story().storyId());
        assertEquals(1, first.story().articleCount());
    }

    @Test
    void anotherOutletsWriteUpJoinsTheStory() {
        assign("port-strike");
        assign("amnesty-wire");
        StoryAssignment rewrite = assign("amnesty-harbor-daily");
        assertFalse(rewrite.newStory(), "score " + rewrite.score());
        assertEquals("story-wire-001", rewrite.story().storyId());
        assertEquals(List.of("Continental Wire", "Harbor City Daily"), rewrite.story().sources());
    }

    @Test
    void followUpsDaysLaterJoinTheStory() {
        assign("amnesty-wire");
        assign("amnesty-harbor-daily");
        assign("port-strike");
        StoryAssignment response = assign("maduro-rejects");
        StoryAssignment sanctions = assign("sanctions-license");
        assertEquals("story-wire-001", response.story().storyId(), "score " + response.score());
        assertEquals("story-wire-001", sanctions.story().storyId(), "score " + sanctions.score());
        assertEquals(4, sanctions.story().articleCount());
        List<String> topEntities = sanctions.story().topEntities(5);
        assertTrue(topEntities.contains("candidate:maduro"), topEntities::toString);
    }

    @Test
    void unrelatedArticlesStartTheirOwnStories() {
        assign("amnesty-wire");
        assign("amnesty-harbor-daily");
        StoryAssignment strike = assign("port-strike");
        StoryAssignment rates = assign("rate-cut");
        assertTrue(strike.newStory());
        assertTrue(rates.newStory());
        assertNotEquals(strike.story().storyId(), rates.story().storyId());
    }

    @Test
    void storyClosesAfterTheOpenDurationWithoutArticles() {
        clusterer = new StoryClusterer(StorySettings.defaults().withOpenDuration(Duration.ofDays(2)),
                new InMemoryTermStatistics(), new InMemoryStoryIndex());
        assign("amnesty-wire");
        assertTrue(assign("sanctions-license").newStory());
    }

    private StoryAssignment assign(String fixture) {
        Fixture article = Fixture.load(fixture);
        return clusterer.assign(new StoryArticle(article.id(), article.source(), article.title(), article.body(),
                article.publishedAt(), CapitalisedWordTagger.entityCounts(article.title(), article.body())));
    }
}
