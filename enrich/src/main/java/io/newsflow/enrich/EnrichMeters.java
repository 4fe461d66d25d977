package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.StoryUpdate;

/** What operators watch of the enrich stage: articles in and out, duplicates by method, stories, tags. */
final class EnrichMeters {
    private final MeterRegistry registry;
    private final Counter articlesIn;
    private final Counter articlesOut;
    private final Counter storiesOpened;
    private final Counter entitiesTagged;

    EnrichMeters(MeterRegistry registry) {
        this.registry = registry;
        this.articlesIn = Counter.builder("newsflow.enrich.articles.in")
                .description("Raw articles read by the enrich stage").register(registry);
        this.articlesOut = Counter.builder("newsflow.enrich.articles.out")
                .description("Original articles written, tagged and in a story").register(registry);
        this.storiesOpened = Counter.builder("newsflow.enrich.stories.opened")
                .description("Stories started by an article that joined no open story").register(registry);
        this.entitiesTagged = Counter.builder("newsflow.enrich.entities.tagged")
                .description("Entities found in original articles (one per entity per article)").register(registry);
    }

    void articleIn() {
        articlesIn.increment();
    }

    void duplicate(DuplicateNotice notice) {
        registry.counter("newsflow.enrich.duplicates", "method", notice.getMethod()).increment();
    }

    void enriched(EnrichedArticle article) {
        articlesOut.increment();
        entitiesTagged.increment(article.getEntities().size());
        for (Event event : article.getEvents()) {
            registry.counter("newsflow.enrich.events", "type", event.getType(), "salience", event.getSalience())
                    .increment();
        }
    }

    void storyUpdated(StoryUpdate update) {
        if (update.getNewStory()) {
            storiesOpened.increment();
        }
    }
}
