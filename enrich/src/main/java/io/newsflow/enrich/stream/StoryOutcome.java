package io.newsflow.enrich.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.StoryUpdate;

/** What the story step emits for an article: the article with its story id, and the story's new state. */
record StoryOutcome(EnrichedArticle article, StoryUpdate update) {
}
