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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /**
     * A busy story's articles share most of their heaviest features: filing the story under them again for
     * every article was most of enrich's postings changelog. Within the refile interval it is filed under a
     * feature once; after it, again, so it stays among the feature's most recent postings.
     */
    @Test
    void aStoryIsFiledUnderAFeatureOncePerRefileInterval() {
        List<Collection<String>> filed = new ArrayList<>();
        InMemoryStoryIndex stories = new InMemoryStoryIndex();
        clusterer = new StoryClusterer(StorySettings.defaults().withRefileAfter(Duration.ofHours(6)),
                new InMemoryTermStatistics(), new StoryIndex() {
                    @Override
                    public List<String> storiesWith(String feature, int limit) {
                        return stories.storiesWith(feature, limit);
                    }

                    @Override
                    public Optional<StoryProfile> profile(String storyId) {
                        return stories.profile(storyId);
                    }

                    @Override
                    public Optional<StoryState> story(String storyId) {
                        return stories.story(storyId);
                    }

                    @Override
                    public void save(StoryState story, StoryProfile profile, Collection<String> features) {
                        filed.add(List.copyOf(features));
                        stories.save(story, profile, features);
                    }
                });
        Fixture wire = Fixture.load("amnesty-wire");
        Instant first = wire.publishedAt();
        StoryAssignment opening = clusterer.assign(articleAt(wire, "a1", first));
        StoryAssignment hourLater = clusterer.assign(articleAt(wire, "a2", first.plus(Duration.ofHours(1))));
        StoryAssignment nextDay = clusterer.assign(articleAt(wire, "a3", first.plus(Duration.ofHours(7))));
        assertEquals(opening.story().storyId(), hourLater.story().storyId());
        assertEquals(opening.story().storyId(), nextDay.story().storyId());
        assertEquals(StorySettings.defaults().lookupFeatures(), filed.get(0).size(), "the opening article files all");
        assertEquals(List.of(), filed.get(1), "an hour later the same features are not filed again");
        assertEquals(filed.get(0).size(), filed.get(2).size(), "seven hours later they are, to stay recent");
    }

    private static StoryArticle articleAt(Fixture article, String id, Instant publishedAt) {
        return new StoryArticle(id, article.source(), article.title(), article.body(), publishedAt,
                CapitalisedWordTagger.entityCounts(article.title(), article.body()));
    }

    private StoryAssignment assign(String fixture) {
        Fixture article = Fixture.load(fixture);
        return clusterer.assign(new StoryArticle(article.id(), article.source(), article.title(), article.body(),
                article.publishedAt(), CapitalisedWordTagger.entityCounts(article.title(), article.body())));
    }
}
