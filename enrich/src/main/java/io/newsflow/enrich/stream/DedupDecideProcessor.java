package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.enrich.stream.order.FirstSeenHold;
import io.newsflow.enrich.stream.order.FirstSeenOrderProcessor;
import io.newsflow.enrich.stream.order.HeldSinceHeader;
import io.newsflow.enrich.stream.order.HoldReport;
import io.newsflow.enrich.stream.order.InputBacklog;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.streams.RecentlyUsed;
import io.newsflow.schemas.streams.StoreTombstone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The fan-in of dedup, partitioned by article id: holds each article until every bucket it probed has
 * answered, then for a grace period, and emits it as an original or a copy (nothing for a redelivery).
 * The grace is for the race of copies across input partitions: when the partition of an earlier-seen copy
 * lags, its probes reach the shared buckets after this article's, and the buckets send the late match
 * here. A late match within the grace makes the article a copy; one after it is counted as too late.
 *
 * <p>The grace runs on ingest's first-seen clock as this task sees it (the newest first-seen time among
 * its inputs), so a lagging partition is waited for however slowly a backfill is read. A verdict goes
 * sooner once everything that was on enrich's inputs when it became complete has settled through the
 * steps a late match takes (see {@link InputBacklog}): under a steady feed that is under a second, and
 * at once when nothing is left to read.
 */
final class DedupDecideProcessor implements Processor<String, DecideInput, String, DedupOutcome> {
    static final String PENDING_STORE = "dedup-pending";
    /**
     * Each held delivery's article, written once when it arrives and deleted when its verdict goes: the pending
     * entry, rewritten with every answer, stays a few dozen bytes instead of carrying the article each time.
     */
    static final String HELD_ARTICLES_STORE = "dedup-held-articles";
    static final String RELEASE_STORE = "dedup-release-schedule";
    /** Hold reports all go to story-order's single partition, so their key only names them. */
    static final String HOLD_REPORT_KEY = "dedup-decide-holdings";
    /** How often held verdicts are looked at; what the backlog monitor learns is 50 ms old at most. */
    static final Duration RELEASE_INTERVAL = FirstSeenOrderProcessor.RELEASE_INTERVAL;
    /**
     * An earlier-seen copy's late match gets here through three topics: its raw article, its bucket probes,
     * then the match on the dedup-decide topic. Once what was on the inputs when a verdict was held has
     * passed three steps, any such match has arrived.
     */
    static final int STEPS_TO_HERE = 3;
    /**
     * Verdicts lately emitted as copies, remembered (in memory only: it serves a metric) so that a late match
     * reaching one, which a slower bucket partition sent after another's match had made it a copy, is not
     * counted as a copy missed. A few seconds of verdicts at any rate enrich reaches.
     */
    static final int COPIES_REMEMBERED = 16_384;

    private final Duration grace;
    private final InputBacklog backlog;
    private final RecentlyUsed<Boolean> emittedAsCopies = new RecentlyUsed<>(COPIES_REMEMBERED);
    private final EnrichMeters meters;
    private ProcessorContext<String, DedupOutcome> context;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, RawArticle> heldArticles;
    /** Held deliveries in first-seen order. */
    private FirstSeenHold held;
    private boolean scheduled;

    private DedupDecideProcessor(Duration grace, InputBacklog backlog, EnrichMeters meters) {
        this.grace = grace;
        this.backlog = backlog;
        this.meters = meters;
    }

    static ProcessorSupplier<String, DecideInput, String, DedupOutcome> supplier(
            Serde<RawArticle> articles, String articleTopic, Duration grace, InputBacklog backlog,
            EnrichMeters meters) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, DecideInput, String, DedupOutcome> get() {
                return new DedupDecideProcessor(grace, backlog, meters);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                                Serdes.String(), new PendingVerdictSerde(articles, articleTopic)).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HELD_ARTICLES_STORE),
                                Serdes.String(), articles).withCachingEnabled(),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RELEASE_STORE),
                                Serdes.String(), Serdes.Long()).withLoggingDisabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING_STORE);
        this.heldArticles = context.getStateStore(HELD_ARTICLES_STORE);
        this.held = FirstSeenHold.eachWhenSettled(context.getStateStore(RELEASE_STORE), grace, backlog,
                STEPS_TO_HERE);
        if (!grace.isZero()) {
            context.schedule(RELEASE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wallClock -> releaseDue());
        }
    }

    @Override
    public void process(Record<String, DecideInput> record) {
        rescheduleOnce();
        DecideInput input = record.value();
        long now = context.currentSystemTimeMs();
        held.saw(input.order().firstSeenMillis());
        String delivery = deliveryKey(record.key(), input.order());
        PendingVerdict current = pending.get(delivery);
        if (input instanceof DecideInput.Late) {
            if (current == null) {
                if (emittedAsCopies.get(delivery) != null) {
                    meters.lateMatchAfterCopy();
                } else {
                    meters.lateMatchTooLate();
                }
                return;
            }
            meters.lateMatchInTime(Duration.ofMillis(current.isHeld() ? now - current.completedAt() : 0));
        }
        if (input instanceof DecideInput.Held arrived) {
            heldArticles.put(delivery, arrived.article());
        }
        PendingVerdict updated = (current == null ? PendingVerdict.none() : current).with(input);
        if (!updated.isComplete() || updated.isHeld()) {
            pending.put(delivery, updated);
        } else if (updated.tally().verdict() instanceof DedupVerdict.Redelivered) {
            StoreTombstone.put(pending, delivery);
            StoreTombstone.put(heldArticles, delivery);
            meters.redelivery();
        } else if (grace.isZero()) {
            StoreTombstone.put(pending, delivery);
            emit(delivery, updated.heldSince(now, record.timestamp(), input.order().firstSeenMillis()));
        } else {
            pending.put(delivery, updated.heldSince(now, record.timestamp(), input.order().firstSeenMillis()));
            held.hold(input.order().firstSeenMillis(), delivery, now);
        }
    }

    /** Emits the held verdicts now due, in first-seen order, then what is still held. */
    private void releaseDue() {
        rescheduleOnce();
        for (String delivery : held.takeDue()) {
            PendingVerdict verdict = pending.get(delivery);
            StoreTombstone.put(pending, delivery);
            if (verdict != null) {
                emit(delivery, verdict);
            }
        }
        reportHoldings();
    }

    /**
     * Tells story-order the earliest first-seen time still held here. The stamp is read first: everything this
     * task had read by then is either released (before this report, on the same topic) or counted in it.
     * Story-order needs a report newer than what it knows has settled, so one goes at every look, idle or not:
     * twenty 21-byte records a second per partition, which the repartition topic's purge removes.
     */
    private void reportHoldings() {
        long stamp = backlog.clock();
        long lowest = held.lowestFirstSeen();
        // Stamped with the task's stream time, not the wall clock: story-order's stream time, which its windowed
        // stores go by, must move with the articles' own timestamps only.
        context.forward(new Record<>(HOLD_REPORT_KEY, new DedupOutcome.Holding(
                new HoldReport(context.taskId().partition(), stamp, lowest)), Math.max(0, context.currentStreamTimeMs())));
    }

    /**
     * Puts the held verdicts of the pending store on the local release schedule, once the task's stores are
     * restored (at its first record or release, not in {@code init}); and moves the article out of entries an
     * earlier release wrote with it, into the held articles.
     */
    private void rescheduleOnce() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        List<FirstSeenHold.Held> holding = new ArrayList<>();
        List<KeyValue<String, PendingVerdict>> carrying = new ArrayList<>();
        try (KeyValueIterator<String, PendingVerdict> all = pending.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.isHeld()) {
                    holding.add(new FirstSeenHold.Held(entry.value.firstSeenMillis(), entry.key,
                            entry.value.completedAt()));
                }
                if (entry.value.carriedArticle() != null) {
                    carrying.add(entry);
                }
            });
        }
        for (KeyValue<String, PendingVerdict> entry : carrying) {
            heldArticles.put(entry.key, entry.value.carriedArticle());
            pending.put(entry.key, entry.value.withoutCarriedArticle());
        }
        held.rebuild(holding);
    }

    private void emit(String delivery, PendingVerdict decided) {
        RawArticle article = heldArticles.get(delivery);
        if (article == null) {
            throw new IllegalStateException(HELD_ARTICLES_STORE + " has no article for the complete verdict of "
                    + delivery + ": the store and " + PENDING_STORE + " disagree");
        }
        StoreTombstone.put(heldArticles, delivery);
        DedupVerdict verdict = decided.tally().verdict();
        if (verdict instanceof DedupVerdict.Duplicate duplicate) {
            emittedAsCopies.put(delivery, Boolean.TRUE);
            context.forward(new Record<>(article.getArticleId(),
                    new DedupOutcome.Copy(article, ArticleRecords.duplicateNotice(article, duplicate)),
                    decided.recordTimestamp()));
        } else {
            // Story-order waits for the inputs to settle from when this hold began, not from when it ended.
            context.forward(new Record<>(article.getArticleId(), new DedupOutcome.Original(article),
                    decided.recordTimestamp(), HeldSinceHeader.of(decided.completedAt())));
        }
    }

    /** One delivery of an article: a redelivered id at another offset is decided on its own. */
    private static String deliveryKey(String articleId, ArrivalOrder order) {
        return articleId + "@" + order.partition() + ":" + order.offset();
    }
}
