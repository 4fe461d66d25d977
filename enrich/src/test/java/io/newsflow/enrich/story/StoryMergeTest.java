package io.newsflow.enrich.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.support.InMemoryStoryIndex;
import io.newsflow.enrich.support.InMemoryTermStatistics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A split story mended by an article that belongs to both halves. The join threshold is raised (0.5, merge
 * at 0.2) so that short hand-written texts split the way long real stories do: the crackdown report's words
 * overlap the protest story's too little for it to join (about 0.22), yet enough for the two halves to be
 * one story once an article spans both.
 */
class StoryMergeTest {
    private static final Instant DAY_ONE = Instant.parse("2026-03-02T08:00:00Z");
    private static final String PROTESTS = "protesters march capital square demand resignation police watch crowds";
    private static final String CRACKDOWN = "police crackdown capital square tear gas arrests crowds curfew";

    private InMemoryStoryIndex index = new InMemoryStoryIndex();

    @Test
    void anArticleSpanningBothHalvesOfASplitStoryMergesTheSmallerIntoTheLarger() {
        StoryClusterer clusterer = clusterer(5);
        String protests = clusterer.assign(article("a1", PROTESTS, 0)).story().storyId();
        clusterer.assign(article("a2", PROTESTS + " opposition", 1));
        clusterer.assign(article("a3", PROTESTS + " students", 2));
        StoryAssignment crackdown = clusterer.assign(article("b1", CRACKDOWN, 3));
        assertTrue(crackdown.newStory(), "the crackdown report misses the protest story: the split to mend");

        StoryAssignment bridge = clusterer.assign(article("c1", PROTESTS + " " + CRACKDOWN, 4));

        assertEquals(protests, bridge.story().storyId(), "the larger story survives");
        assertEquals(List.of(crackdown.story().storyId()), bridge.absorbed().stream().map(StoryState::storyId).toList());
        assertEquals(5, bridge.story().articleCount(), "three protest articles, the crackdown report, the bridge");
        assertEquals(DAY_ONE, bridge.story().firstPublishedAt());
        assertTrue(index.profile(crackdown.story().storyId()).orElseThrow().isMerged());

        StoryAssignment later = clusterer.assign(article("b2", CRACKDOWN + " detained", 5));
        assertEquals(protests, later.story().storyId(), "what would have joined the absorbed story joins the survivor");
        assertEquals(List.of(), later.absorbed());
    }

    @Test
    void aSmallStoryKeepsItsArticlesForTheStoryThatAbsorbsItAndALargeOneKeepsNone() {
        StoryClusterer clusterer = clusterer(5);
        clusterer.assign(carrying("a1", PROTESTS, 0));
        clusterer.assign(carrying("a2", PROTESTS + " opposition", 1));
        clusterer.assign(carrying("b1", CRACKDOWN, 2));

        StoryAssignment bridge = clusterer.assign(carrying("c1", PROTESTS + " " + CRACKDOWN, 3));

        assertEquals(List.of(new EarlyArticle("b1", "b1".getBytes(StandardCharsets.UTF_8))),
                bridge.absorbed().get(0).earlyArticles(), "what the absorbed story hands on");
        assertEquals(List.of("a1", "a2", "b1", "c1"), bridge.story().earlyArticles().stream()
                .map(EarlyArticle::articleId).toList(), "four articles: still small enough to be absorbed");
        StoryAssignment fifth = clusterer.assign(carrying("a3", PROTESTS + " students", 4));
        assertEquals(5, fifth.story().earlyArticles().size());
        StoryAssignment sixth = clusterer.assign(carrying("a4", PROTESTS + " police", 5));
        assertEquals(List.of(), sixth.story().earlyArticles(), "past story.merge.max.articles it keeps none");
    }

    @Test
    void twoEstablishedStoriesAreNotFusedByOneArticleAboutBoth() {
        assertEquals(1, twoStoriesAndABridge(5).absorbed().size(), "with a higher limit the bridge merges them");
        StoryAssignment bridge = twoStoriesAndABridge(1);

        assertEquals(List.of(), bridge.absorbed());
        assertFalse(index.profile("story-a1").orElseThrow().isMerged());
        assertFalse(index.profile("story-b1").orElseThrow().isMerged());
    }

    private StoryAssignment twoStoriesAndABridge(int mergeMaxArticles) {
        index = new InMemoryStoryIndex();
        StoryClusterer clusterer = clusterer(mergeMaxArticles);
        String protests = clusterer.assign(article("a1", PROTESTS, 0)).story().storyId();
        clusterer.assign(article("a2", PROTESTS + " opposition", 1));
        String crackdown = clusterer.assign(article("b1", CRACKDOWN, 2)).story().storyId();
        clusterer.assign(article("b2", CRACKDOWN + " detained", 3));
        assertNotEquals(protests, crackdown);
        return clusterer.assign(article("c1", PROTESTS + " " + CRACKDOWN, 4));
    }

    @Test
    void unrelatedStoriesDoNotMergeThoughOneArticleMentionsBoth() {
        assertEquals(1, articleAboutTwoStories(0.0).absorbed().size(), "the article is close enough to join either");
        assertEquals(List.of(), articleAboutTwoStories(0.2).absorbed(), "the two stories' centroids share nothing");
    }

    private StoryAssignment articleAboutTwoStories(double mergeThreshold) {
        index = new InMemoryStoryIndex();
        StoryClusterer clusterer = clusterer(5, mergeThreshold);
        String protests = clusterer.assign(article("a1", PROTESTS, 0)).story().storyId();
        String harvest = clusterer.assign(article("h1", "wheat harvest record farmers grain exports prices", 1))
                .story().storyId();
        assertNotEquals(protests, harvest);

        return clusterer.assign(article("c1", PROTESTS + " wheat harvest record farmers grain exports prices", 2));
    }

    @Test
    void mergingOffLeavesTheSplit() {
        StoryClusterer clusterer = clusterer(0);
        clusterer.assign(article("a1", PROTESTS, 0));
        clusterer.assign(article("a2", PROTESTS + " opposition", 1));
        String crackdown = clusterer.assign(article("b1", CRACKDOWN, 2)).story().storyId();

        StoryAssignment bridge = clusterer.assign(article("c1", PROTESTS + " " + CRACKDOWN, 3));

        assertEquals(List.of(), bridge.absorbed());
        assertFalse(index.profile(crackdown).orElseThrow().isMerged());
    }

    private StoryClusterer clusterer(int mergeMaxArticles) {
        return clusterer(mergeMaxArticles, 0.2);
    }

    private StoryClusterer clusterer(int mergeMaxArticles, double mergeThreshold) {
        StorySettings defaults = StorySettings.defaults();
        StorySettings settings = new StorySettings(defaults.openDuration(), defaults.decayHalfLife(), 0.5,
                defaults.entityWeight(), defaults.termsConsidered(), defaults.articleFeatures(),
                defaults.centroidFeatures(), defaults.lookupFeatures(), defaults.storiesPerFeature(),
                defaults.candidateStories(), Duration.ZERO, mergeThreshold, mergeMaxArticles);
        return new StoryClusterer(settings, new InMemoryTermStatistics(), index);
    }

    private static StoryArticle carrying(String id, String text, int hours) {
        return new StoryArticle(id, "Wire", text, text, DAY_ONE.plus(Duration.ofHours(hours)), Map.of(),
                () -> id.getBytes(StandardCharsets.UTF_8));
    }

    private static StoryArticle article(String id, String text, int hours) {
        return new StoryArticle(id, "Wire", text, text, DAY_ONE.plus(Duration.ofHours(hours)), Map.of());
    }
}
