package io.newsflow.enrich.stream.order;

import io.newsflow.schemas.avro.EnrichedArticle;

/** What a step restoring first-seen order reads: articles, and what the holding step upstream still holds. */
public sealed interface OrderInput {
    record Article(EnrichedArticle article) implements OrderInput {
    }

    record Holding(HoldReport report) implements OrderInput {
    }
}
