package io.newsflow.enrich.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.streams.FirstSeenHold;
import io.newsflow.schemas.streams.InputBacklog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Puts articles back in ingest's first-seen order before story assignment, whose outcome depends on the
 * order (the first article of an event names its story and is its "new story"). Articles reach the single
 * story partition from several dedup and tagging partitions, each released on its own schedule, so a burst
 * arrives shuffled; this step holds each article as dedup-decide holds verdicts (see {@link FirstSeenHold}),
 * a little longer when enrich is drained.
 */
final class StoryOrderProcessor implements Processor<String, EnrichedArticle, String, EnrichedArticle> {
    static final String BUFFER_STORE = "story-order-buffer";
    static final String SCHEDULE_STORE = "story-order-schedule";
    /**
     * Verdicts that dedup-decide tasks release from a punctuation sit in no topic until they are sent, so a
     * settling seen just then can miss them; each decide task looks at its held verdicts every 100 ms.
     * An article is released on settling only as of this long after it arrived here, by which time every
     * verdict due at its arrival has been sent and would show on an input or be held here too.
     */
    private static final Duration SETTLE = Duration.ofMillis(400);
    /**
     * An earlier-seen article can still be a raw article, a bucket probe, a verdict on the dedup-decide topic
     * (held there until those three settle, then sent from a punctuation) and then on the story-serial topic:
     * four topics, and one step more for the punctuation's delay and one for the story-serial read itself.
     */
    private static final int STEPS_TO_HERE = 6;

    private final Duration grace;
    private final InputBacklog backlog;
    private ProcessorContext<String, EnrichedArticle> context;
    private TimestampedKeyValueStore<String, EnrichedArticle> buffer;
    private FirstSeenHold held;
    private boolean scheduled;

    private StoryOrderProcessor(Duration grace, InputBacklog backlog) {
        this.grace = grace;
        this.backlog = backlog;
    }

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
                                Serdes.String(), Serdes.Long()).withLoggingDisabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.buffer = context.getStateStore(BUFFER_STORE);
        KeyValueStore<String, Long> schedule = context.getStateStore(SCHEDULE_STORE);
        this.held = new FirstSeenHold(schedule, grace, backlog, SETTLE, STEPS_TO_HERE);
        if (!grace.isZero()) {
            context.schedule(DedupDecideProcessor.RELEASE_INTERVAL, PunctuationType.WALL_CLOCK_TIME,
                    wallClock -> releaseDue());
        }
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        rescheduleOnce();
        if (grace.isZero()) {
            context.forward(record);
            return;
        }
        long firstSeen = record.value().getFirstSeenAt().toEpochMilli();
        held.saw(firstSeen);
        buffer.put(record.key(), ValueAndTimestamp.make(record.value(), record.timestamp()));
        held.hold(firstSeen, record.key(), context.currentSystemTimeMs());
    }

    private void releaseDue() {
        rescheduleOnce();
        for (String articleId : held.takeDue()) {
            ValueAndTimestamp<EnrichedArticle> article = buffer.get(articleId);
            buffer.delete(articleId);
            if (article != null) {
                context.forward(new Record<>(articleId, article.value(), article.timestamp()));
            }
        }
    }

    /**
     * Puts what the buffer holds on the local schedule, once the task's stores are restored (at its first
     * record or release, not in {@code init}); what was held before a restart waits the settle again.
     */
    private void rescheduleOnce() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        long now = context.currentSystemTimeMs();
        List<FirstSeenHold.Held> holding = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<EnrichedArticle>> all = buffer.all()) {
            all.forEachRemaining(entry -> holding.add(new FirstSeenHold.Held(
                    entry.value.value().getFirstSeenAt().toEpochMilli(), entry.key, now)));
        }
        held.rebuild(holding);
    }
}
