package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.StoryUpdate;
import java.time.Duration;

/**
 * What operators watch of the enrich stage: articles in and out, duplicates by method, late matches of the
 * dedup race, stories, tags.
 */
final class EnrichMeters {
    private final MeterRegistry registry;
    private final Counter articlesIn;
    private final Counter articlesOut;
    private final Counter tombstones;
    private final Counter redeliveries;
    private final Counter storiesOpened;
    private final Counter storiesMerged;
    private final Counter entitiesTagged;
    private final Counter lateMatchesInTime;
    private final Counter lateMatchesTooLate;
    private final Counter lateMatchesAfterCopy;
    private final Counter furnitureLines;
    private final Counter furnitureCharacters;
    private final Timer lateMatchDelay;

    EnrichMeters(MeterRegistry registry) {
        this.registry = registry;
        this.articlesIn = Counter.builder("newsflow.enrich.articles.in")
                .description("Raw articles read by the enrich stage").register(registry);
        this.tombstones = Counter.builder("newsflow.enrich.tombstones")
                .description("Records without a value on the raw topic (deletes): nothing to enrich, skipped")
                .register(registry);
        this.redeliveries = Counter.builder("newsflow.enrich.redeliveries")
                .description("Articles dropped because enrich already had them (the same id delivered again)")
                .register(registry);
        this.articlesOut = Counter.builder("newsflow.enrich.articles.out")
                .description("Original articles written, tagged and in a story").register(registry);
        this.storiesOpened = Counter.builder("newsflow.enrich.stories.opened")
                .description("Stories started by an article that joined no open story").register(registry);
        this.storiesMerged = Counter.builder("newsflow.enrich.stories.merged")
                .description("Stories absorbed by another (an article close to both mended a split)").register(registry);
        this.entitiesTagged = Counter.builder("newsflow.enrich.entities.tagged")
                .description("Entities found in original articles (one per entity per article)").register(registry);
        this.lateMatchesInTime = lateMatches("in_time", "Late matches that reached a held verdict: a copy caught "
                + "although its original's input partition lagged");
        this.lateMatchesTooLate = lateMatches("too_late", "Late matches that came after the verdict was emitted: "
                + "a copy passed as an original; raise dedup.grace");
        this.lateMatchesAfterCopy = lateMatches("after_copy", "Late matches that came after the verdict was emitted "
                + "as a copy, from a bucket partition slower than the one whose match made it one: nothing was missed");
        this.furnitureLines = Counter.builder("newsflow.enrich.furniture.lines")
                .description("Lines dropped from articles as their source's learned furniture (recurring on many "
                        + "of its pages)").register(registry);
        this.furnitureCharacters = Counter.builder("newsflow.enrich.furniture.characters")
                .description("Characters of those lines").register(registry);
        this.lateMatchDelay = Timer.builder("newsflow.enrich.dedup.late.match.delay")
                .description("Wall-clock time from a verdict being complete to a late match reaching it: how far a "
                        + "lagging raw partition trailed")
                .register(registry);
    }

    private Counter lateMatches(String outcome, String description) {
        return Counter.builder("newsflow.enrich.dedup.late.matches").tag("outcome", outcome)
                .description(description).register(registry);
    }

    void articleIn() {
        articlesIn.increment();
    }

    /** @return true for the first tombstone this instance skips, which is worth a log line */
    boolean tombstone() {
        tombstones.increment();
        return tombstones.count() == 1;
    }

    /** An article id enrich had seen before came again: nothing new to write. */
    void redelivery() {
        redeliveries.increment();
    }

    void duplicate(DuplicateNotice notice) {
        registry.counter("newsflow.enrich.duplicates", "method", notice.getMethod()).increment();
    }

    /** A bucket's late match reached a verdict not yet emitted, this long after the verdict was complete. */
    void lateMatchInTime(Duration sinceComplete) {
        lateMatchesInTime.increment();
        lateMatchDelay.record(sinceComplete);
    }

    void lateMatchTooLate() {
        lateMatchesTooLate.increment();
    }

    void lateMatchAfterCopy() {
        lateMatchesAfterCopy.increment();
    }

    void furnitureDropped(int lines, int characters) {
        furnitureLines.increment(lines);
        furnitureCharacters.increment(characters);
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
        if (update.getMergedInto() != null) {
            storiesMerged.increment();
        }
    }
}
