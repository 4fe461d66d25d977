package io.newsflow.alerts.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.streams.FirstSeenHold;
import io.newsflow.schemas.streams.InputBacklog;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Puts each story's articles back in ingest's first-seen order (then article id) before development
 * tracking, whose outcome depends on the order: the first report of a development is its NEW_DEVELOPMENT
 * and names it (its id), later ones corroborate. Enrich writes articles in first-seen order, but over
 * several partitions of the enriched topic, so after re-keying by story the articles of one story arrive
 * in whatever order the tasks reading those partitions produced them. Each article is held (see
 * {@link FirstSeenHold}) until what was on the alerts inputs when it arrived has reached this step.
 */
final class StoryOrderProcessor implements Processor<String, EnrichedArticle, String, EnrichedArticle> {
    static final String BUFFER_STORE = "alerts-order-buffer";
    static final String SCHEDULE_STORE = "alerts-order-schedule";
    /** How often held articles are looked at. */
    static final Duration RELEASE_INTERVAL = Duration.ofMillis(100);
    /**
     * An earlier-seen article of the story can still be on the enriched topic or on the by-story
     * repartition topic: two topics. Re-keying runs in the task that reads the enriched topic, so an
     * article committed as read there is on the repartition topic, and nothing is released from a
     * punctuation in between: no settle margin is needed.
     */
    private static final int STEPS_TO_HERE = 2;

    private final Duration grace;
    private final InputBacklog backlog;
    private ProcessorContext<String, EnrichedArticle> context;
    private TimestampedKeyValueStore<String, EnrichedArticle> buffer;
    private FirstSeenHold held;

    private StoryOrderProcessor(Duration grace, InputBacklog backlog) {
        this.grace = grace;
        this.backlog = backlog;
    }

    /**
     * @param grace how far ingest's first-seen clock must pass an article while the backlog is unknown;
     *              0 holds nothing (safe only with one enriched partition)
     */
    static ProcessorSupplier<String, EnrichedArticle, String, EnrichedArticle> supplier(
            Serde<EnrichedArticle> articles, Duration grace, InputBacklog backlog) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, EnrichedArticle, String, EnrichedArticle> get() {
                return new StoryOrderProcessor(grace, backlog);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(
                                BUFFER_STORE), Serdes.String(), articles).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCHEDULE_STORE),
                                Serdes.String(), Serdes.Long()).withCachingEnabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.buffer = context.getStateStore(BUFFER_STORE);
        KeyValueStore<String, Long> schedule = context.getStateStore(SCHEDULE_STORE);
        this.held = new FirstSeenHold(schedule, grace, backlog, Duration.ZERO, STEPS_TO_HERE);
        if (!grace.isZero()) {
            context.schedule(RELEASE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wallClock -> releaseDue());
        }
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (grace.isZero()) {
            context.forward(record);
            return;
        }
        EnrichedArticle article = record.value();
        long firstSeen = article.getFirstSeenAt().toEpochMilli();
        held.saw(firstSeen);
        buffer.put(article.getArticleId(), ValueAndTimestamp.make(article, record.timestamp()));
        held.hold(firstSeen, article.getArticleId(), context.currentSystemTimeMs());
    }

    private void releaseDue() {
        for (String articleId : held.takeDue()) {
            ValueAndTimestamp<EnrichedArticle> article = buffer.get(articleId);
            buffer.delete(articleId);
            if (article != null) {
                context.forward(new Record<>(article.value().getStoryId(), article.value(), article.timestamp()));
            }
        }
    }
}
