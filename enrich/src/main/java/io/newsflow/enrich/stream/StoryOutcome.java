package io.newsflow.enrich.stream;

import java.util.List;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.StoryUpdate;

/**
 * What the story step emits for an article: the article with its story id, and the new state of its story
 * (last), after that of each story the article merged into it.
 */
record StoryOutcome(EnrichedArticle article, List<StoryUpdate> updates) {
    StoryOutcome {
        updates = List.copyOf(updates);
    }
}
