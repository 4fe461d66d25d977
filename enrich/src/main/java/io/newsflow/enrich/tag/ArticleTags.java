package io.newsflow.enrich.tag;

import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Sentiment;
import java.util.List;

/** What tagging found in one article, in the shape of the enriched-article contract. */
public record ArticleTags(List<EntityTag> entities, Sentiment sentiment, List<Event> events) {
    public ArticleTags {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
