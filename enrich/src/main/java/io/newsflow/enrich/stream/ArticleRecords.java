package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.enrich.story.StoryAssignment;
import io.newsflow.enrich.story.StoryState;
import io.newsflow.enrich.tag.ArticleTags;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.StoryUpdate;
import java.util.ArrayList;
import java.util.List;

/** Builds the output contracts from domain results. */
final class ArticleRecords {
    /** storyId of an article between tagging and story assignment. */
    static final String STORY_PENDING = "";
    private static final int TOP_ENTITIES = 10;
    private static final int TOP_TERMS = 10;

    private ArticleRecords() {
    }

    static DuplicateNotice duplicateNotice(RawArticle article, DedupVerdict.Duplicate verdict) {
        return DuplicateNotice.newBuilder()
                .setArticleId(article.getArticleId())
                .setDuplicateOf(verdict.duplicateOf())
                .setSimilarity(verdict.similarity())
                .setMethod(verdict.method().name())
                .setUrl(article.getUrl())
                .setSource(article.getSource())
                .setTitle(article.getTitle())
                .setPublishedAt(article.getPublishedAt())
                .setOriginalPublishedAt(verdict.originalPublishedAt())
                .build();
    }

    /** The tagged article, its story still to be assigned by the serial story step. */
    static EnrichedArticle tagged(RawArticle article, ArticleTags tags) {
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getArticleId())
                .setUrl(article.getUrl())
                .setSource(article.getSource())
                .setTitle(article.getTitle())
                .setBody(article.getBody())
                .setPublishedAt(article.getPublishedAt())
                .setFirstSeenAt(article.getFirstSeenAt())
                .setLanguage(article.getLanguage())
                .setStoryId(STORY_PENDING)
                .setEntities(tags.entities())
                .setSentiment(tags.sentiment())
                .setEvents(tags.events())
                .build();
    }

    /** The stories' new states: each absorbed story's last one, naming its survivor, then the survivor's. */
    static List<StoryUpdate> storyUpdates(StoryAssignment assignment) {
        StoryState story = assignment.story();
        List<String> absorbedIds = assignment.absorbed().stream().map(StoryState::storyId).toList();
        List<StoryUpdate> updates = new ArrayList<>(1 + absorbedIds.size());
        for (StoryState absorbed : assignment.absorbed()) {
            updates.add(storyUpdate(absorbed, story.lastArticleId(), false).setMergedInto(story.storyId()).build());
        }
        updates.add(storyUpdate(story, story.lastArticleId(), assignment.newStory()).setAbsorbed(absorbedIds).build());
        return updates;
    }

    private static StoryUpdate.Builder storyUpdate(StoryState story, String articleId, boolean newStory) {
        return StoryUpdate.newBuilder()
                .setStoryId(story.storyId())
                .setArticleId(articleId)
                .setNewStory(newStory)
                .setTitle(story.title())
                .setArticleCount(story.articleCount())
                .setSources(story.sources())
                .setTopEntities(story.topEntities(TOP_ENTITIES))
                .setTopTerms(story.topTerms(TOP_TERMS))
                .setFirstPublishedAt(story.firstPublishedAt())
                .setLastPublishedAt(story.lastPublishedAt())
                .setMergedInto(null)
                .setAbsorbed(List.of());
    }
}
