package io.newsflow.schemas.topics;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of {@code news.stories.articles.v1} for one enriched article: the article without its body and
 * without where in the body each entity was mentioned (a story's followers read its headline, entities, events
 * and sentiment; the body is most of the record and stays on the enriched topic), under its story id and then
 * under each story it absorbed.
 */
public final class StoryArticles {
    private StoryArticles() {
    }

    /** The story ids the article is written under: its own story first, then those it absorbed. */
    public static List<String> storyIds(EnrichedArticle article) {
        if (article.getAbsorbedStoryIds().isEmpty()) {
            return List.of(article.getStoryId());
        }
        List<String> storyIds = new ArrayList<>(1 + article.getAbsorbedStoryIds().size());
        storyIds.add(article.getStoryId());
        storyIds.addAll(article.getAbsorbedStoryIds());
        return storyIds;
    }

    /** The article as the topic carries it: everything but the body and the entities' mention offsets. */
    public static EnrichedArticle withoutBody(EnrichedArticle article) {
        if (article.getBody().isEmpty() && withoutMentions(article.getEntities()) && article.getAbsorbedArticles()
                .stream().allMatch(absorbed -> withoutMentions(absorbed.getEntities()))) {
            return article;
        }
        // The builder copies the article deeply, so its entities are this copy's own to change.
        EnrichedArticle kept = EnrichedArticle.newBuilder(article).setBody("").build();
        dropMentions(kept.getEntities());
        kept.getAbsorbedArticles().forEach(absorbed -> dropMentions(absorbed.getEntities()));
        return kept;
    }

    private static boolean withoutMentions(List<EntityTag> entities) {
        return entities.stream().allMatch(entity -> entity.getMentions().isEmpty());
    }

    private static void dropMentions(List<EntityTag> entities) {
        entities.forEach(entity -> entity.setMentions(List.of()));
    }
}
