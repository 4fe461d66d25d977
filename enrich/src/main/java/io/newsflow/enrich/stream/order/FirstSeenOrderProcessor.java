package io.newsflow.enrich.stream.order;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.streams.StoreTombstone;
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
 * first article of an event names its story; it writes each story's articles in that order for alerts, whose
 * first report of a development is its NEW_DEVELOPMENT). The articles are kept in a logged store; the schedule that orders
 * them is local and rebuilt from that store when the task starts. When a holding step upstream keeps
 * articles in a store (enrich's dedup-decide), its {@link HoldReport}s come in the same stream, and an
 * article waits until no partition of that step holds an earlier-seen one.
 */
public final class FirstSeenOrderProcessor implements Processor<String, OrderInput, String, EnrichedArticle> {
    /**
     * How often held articles are looked at, and how often dedup-decide tasks report what they hold: each hold
     * an article passes (dedup, story order) waits for its next look, up to this long.
     */
    public static final Duration RELEASE_INTERVAL = Duration.ofMillis(50);

    private final FirstSeenOrder order;
    private final Duration grace;
    private final InputBacklog backlog;
    private final UpstreamHolds upstream;
    private ProcessorContext<String, EnrichedArticle> context;
    private TimestampedKeyValueStore<String, EnrichedArticle> buffer;
    private FirstSeenHold held;
    private boolean scheduled;

    private FirstSeenOrderProcessor(FirstSeenOrder order, Duration grace, InputBacklog backlog,
                                    int holdingPartitions) {
        this.order = order;
        this.grace = grace;
        this.backlog = backlog;
        this.upstream = new UpstreamHolds(holdingPartitions);
    }

    /**
     * @param grace how far ingest's first-seen clock must pass an article while the backlog is unknown;
     *              0 holds nothing (articles go on as they come)
     * @param holdingPartitions the partitions of the step upstream that holds articles in a store and sends
     *                          {@link HoldReport}s; 0 when there is none
     */
    public static ProcessorSupplier<String, OrderInput, String, EnrichedArticle> supplier(
            FirstSeenOrder order, Serde<EnrichedArticle> articles, Duration grace, InputBacklog backlog,
            int holdingPartitions) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, OrderInput, String, EnrichedArticle> get() {
                return new FirstSeenOrderProcessor(order, grace, backlog, holdingPartitions);
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
        this.held = FirstSeenHold.inFirstSeenOrder(context.getStateStore(order.scheduleStore()), grace, backlog,
                order.settle(), order.steps(), upstream);
        if (!grace.isZero()) {
            context.schedule(RELEASE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wallClock -> releaseDue());
        }
    }

    @Override
    public void process(Record<String, OrderInput> record) {
        if (record.value() instanceof OrderInput.Holding holding) {
            upstream.read(holding.report());
            return;
        }
        EnrichedArticle article = ((OrderInput.Article) record.value()).article();
        if (grace.isZero()) {
            context.forward(record.withKey(order.outputKey().apply(article)).withValue(article));
            return;
        }
        rescheduleOnce();
        long firstSeen = article.getFirstSeenAt().toEpochMilli();
        held.saw(firstSeen);
        buffer.put(article.getArticleId(), ValueAndTimestamp.make(article, record.timestamp()));
        held.hold(firstSeen, article.getArticleId(), heldSince(record));
    }

    /**
     * When the article began to be held: by the holding step upstream when it says so (its hold and this one's
     * wait for the same settling), else now. Never later than now, should that step's host clock run ahead.
     */
    private long heldSince(Record<String, OrderInput> record) {
        long now = context.currentSystemTimeMs();
        return Math.min(now, HeldSinceHeader.read(record.headers()).orElse(now));
    }

    private void releaseDue() {
        rescheduleOnce();
        for (String articleId : held.takeDue()) {
            ValueAndTimestamp<EnrichedArticle> article = buffer.get(articleId);
            StoreTombstone.put(buffer, articleId);
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
