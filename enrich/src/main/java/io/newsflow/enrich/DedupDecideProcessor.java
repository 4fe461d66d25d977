package io.newsflow.enrich;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.schemas.avro.RawArticle;
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
 * its inputs), so a lagging partition is waited for however slowly a backfill is read; when the task's
 * inputs fall quiet, every complete verdict is emitted (see {@link VerdictHold}).
 */
final class DedupDecideProcessor implements Processor<String, DecideInput, String, DedupOutcome> {
    static final String PENDING_STORE = "dedup-pending";
    static final String RELEASE_STORE = "dedup-release-schedule";
    /** Held verdicts are looked at this often, or more often when the quiet period is shorter. */
    private static final Duration LONGEST_RELEASE_INTERVAL = Duration.ofSeconds(1);

    private final VerdictHold hold;
    private final EnrichMeters meters;
    private ProcessorContext<String, DedupOutcome> context;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, String> releaseSchedule;
    /** The newest first-seen time among this task's inputs: how far ingest's clock has got, as seen here. */
    private long newestFirstSeen;
    private long lastInputWallClock;

    private DedupDecideProcessor(VerdictHold hold, EnrichMeters meters) {
        this.hold = hold;
        this.meters = meters;
    }

    static ProcessorSupplier<String, DecideInput, String, DedupOutcome> supplier(Serde<RawArticle> articles,
                                                                                String articleTopic, VerdictHold hold,
                                                                                EnrichMeters meters) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, DecideInput, String, DedupOutcome> get() {
                return new DedupDecideProcessor(hold, meters);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                                Serdes.String(), new PendingVerdictSerde(articles, articleTopic)),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RELEASE_STORE),
                                Serdes.String(), Serdes.String()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING_STORE);
        this.releaseSchedule = context.getStateStore(RELEASE_STORE);
        this.lastInputWallClock = context.currentSystemTimeMs();
        if (!hold.emitsAtOnce()) {
            Duration interval = hold.quiet().compareTo(LONGEST_RELEASE_INTERVAL) < 0 ? hold.quiet()
                    : LONGEST_RELEASE_INTERVAL;
            context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::releaseDue);
        }
    }

    @Override
    public void process(Record<String, DecideInput> record) {
        DecideInput input = record.value();
        long now = context.currentSystemTimeMs();
        lastInputWallClock = now;
        newestFirstSeen = Math.max(newestFirstSeen, input.order().firstSeenMillis());
        String delivery = deliveryKey(record.key(), input.order());
        PendingVerdict current = pending.get(delivery);
        if (input instanceof DecideInput.Late) {
            if (current == null) {
                meters.lateMatchTooLate();
                return;
            }
            meters.lateMatchInTime(Duration.ofMillis(current.isHeld() ? now - current.completedAt() : 0));
        }
        PendingVerdict updated = (current == null ? PendingVerdict.none() : current).with(input);
        if (!updated.isComplete() || updated.isHeld()) {
            pending.put(delivery, updated);
        } else if (updated.tally().verdict() instanceof DedupVerdict.Redelivered) {
            pending.delete(delivery);
        } else if (hold.emitsAtOnce()) {
            pending.delete(delivery);
            emit(updated.heldSince(now, record.timestamp()));
        } else {
            pending.put(delivery, updated.heldSince(now, record.timestamp()));
            releaseSchedule.put(scheduleKey(input.order().firstSeenMillis()) + "|" + delivery, delivery);
        }
    }

    /**
     * Emits, in first-seen order, every held verdict the grace has passed on ingest's clock, or every held
     * verdict once the inputs have been quiet for the quiet period.
     */
    private void releaseDue(long wallClockMillis) {
        boolean quiet = wallClockMillis - lastInputWallClock >= hold.quiet().toMillis();
        long lastDue = quiet ? Long.MAX_VALUE - 1 : newestFirstSeen - hold.grace().toMillis();
        if (lastDue < 0) {
            return;
        }
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> entries = releaseSchedule.range(scheduleKey(0),
                scheduleKey(lastDue + 1))) {
            entries.forEachRemaining(due::add);
        }
        for (KeyValue<String, String> entry : due) {
            releaseSchedule.delete(entry.key);
            PendingVerdict verdict = pending.get(entry.value);
            pending.delete(entry.value);
            if (verdict != null) {
                emit(verdict);
            }
        }
    }

    private void emit(PendingVerdict held) {
        RawArticle article = held.article();
        DedupVerdict verdict = held.tally().verdict();
        DedupOutcome outcome = verdict instanceof DedupVerdict.Duplicate duplicate
                ? new DedupOutcome(article, ArticleRecords.duplicateNotice(article, duplicate))
                : new DedupOutcome(article, null);
        context.forward(new Record<>(article.getArticleId(), outcome, held.recordTimestamp()));
    }

    /** One delivery of an article: a redelivered id at another offset is decided on its own. */
    private static String deliveryKey(String articleId, ArrivalOrder order) {
        return articleId + "@" + order.partition() + ":" + order.offset();
    }

    /**
     * First-seen times padded to a fixed width, so the store's byte order is first-seen order; a range up to
     * the bare padded time of the next millisecond takes every entry due and none after.
     */
    private static String scheduleKey(long firstSeenMillis) {
        return String.format("%019d", Math.max(0, firstSeenMillis));
    }
}
