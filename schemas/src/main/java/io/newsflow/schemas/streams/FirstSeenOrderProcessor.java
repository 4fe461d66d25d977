package io.newsflow.schemas.streams;

import io.newsflow.schemas.avro.EnrichedArticle;
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
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Holds enriched articles and releases them in ingest's first-seen order, then by article id (see
 * {@link FirstSeenHold}), for a step whose outcome depends on the order: enrich's story assignment (the
 * first article of an event names its story) and alerts' development tracking (the first report of a
 * development is its NEW_DEVELOPMENT). The articles are kept in a logged store; the schedule that orders
 * them is local and rebuilt from that store when the task starts.
 */
public final class FirstSeenOrderProcessor implements Processor<String, EnrichedArticle, String, EnrichedArticle> {
    /** How often held articles are looked at. */
    public static final Duration RELEASE_INTERVAL = Duration.ofMillis(100);

    private final FirstSeenOrder order;
    private final Duration grace;
    private final InputBacklog backlog;
    private ProcessorContext<String, EnrichedArticle> context;
    private TimestampedKeyValueStore<String, EnrichedArticle> buffer;
    private FirstSeenHold held;
    private boolean scheduled;

    private FirstSeenOrderProcessor(FirstSeenOrder order, Duration grace, InputBacklog backlog) {
        this.order = order;
        this.grace = grace;
        this.backlog = backlog;
    }

    /**
     * @param grace how far ingest's first-seen clock must pass an article while the backlog is unknown;
     *              0 holds nothing (articles go on as they come)
     */
    public static ProcessorSupplier<String, EnrichedArticle, String, EnrichedArticle> supplier(
            FirstSeenOrder order, Serde<EnrichedArticle> articles, Duration grace, InputBacklog backlog) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, EnrichedArticle, String, EnrichedArticle> get() {
                return new FirstSeenOrderProcessor(order, grace, backlog);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(
                                order.bufferStore()), Serdes.String(), articles).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(order.scheduleStore()),
                                Serdes.String(), Serdes.Long()).withLoggingDisabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.buffer = context.getStateStore(order.bufferStore());
        this.held = new FirstSeenHold(context.getStateStore(order.scheduleStore()), grace, backlog, order.settle(),
                order.steps());
        if (!grace.isZero()) {
            context.schedule(RELEASE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wallClock -> releaseDue());
        }
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (grace.isZero()) {
            context.forward(record.withKey(order.outputKey().apply(article)));
            return;
        }
        rescheduleOnce();
        long firstSeen = article.getFirstSeenAt().toEpochMilli();
        held.saw(firstSeen);
        buffer.put(article.getArticleId(), ValueAndTimestamp.make(article, record.timestamp()));
        held.hold(firstSeen, article.getArticleId(), context.currentSystemTimeMs());
    }

    private void releaseDue() {
        rescheduleOnce();
        for (String articleId : held.takeDue()) {
            ValueAndTimestamp<EnrichedArticle> article = buffer.get(articleId);
            buffer.delete(articleId);
            if (article != null) {
                context.forward(new Record<>(order.outputKey().apply(article.value()), article.value(),
                        article.timestamp()));
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
