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
 * answered, then for the grace period, and emits it as an original or a copy (nothing for a redelivery).
 * The grace is for the race of copies across input partitions: when the partition of an earlier-seen copy
 * lags, its probes reach the shared buckets after this article's, and the buckets send the late match
 * here. A late match within the grace makes the article a copy; one after it is counted as too late.
 */
final class DedupDecideProcessor implements Processor<String, DecideInput, String, DedupOutcome> {
    static final String PENDING_STORE = "dedup-pending";
    static final String RELEASE_STORE = "dedup-release-schedule";
    /** The longest a verdict waits past its grace: held verdicts are looked at this often at least. */
    private static final Duration LONGEST_RELEASE_INTERVAL = Duration.ofSeconds(1);

    private final Duration grace;
    private final EnrichMeters meters;
    private ProcessorContext<String, DedupOutcome> context;
    private KeyValueStore<String, PendingVerdict> pending;
    private KeyValueStore<String, String> releaseSchedule;

    private DedupDecideProcessor(Duration grace, EnrichMeters meters) {
        this.grace = grace;
        this.meters = meters;
    }

    static ProcessorSupplier<String, DecideInput, String, DedupOutcome> supplier(Serde<RawArticle> articles,
                                                                                String articleTopic, Duration grace,
                                                                                EnrichMeters meters) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, DecideInput, String, DedupOutcome> get() {
                return new DedupDecideProcessor(grace, meters);
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
        if (!grace.isZero()) {
            Duration interval = grace.compareTo(LONGEST_RELEASE_INTERVAL) < 0 ? grace : LONGEST_RELEASE_INTERVAL;
            context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::releaseDue);
        }
    }

    @Override
    public void process(Record<String, DecideInput> record) {
        DecideInput input = record.value();
        String delivery = deliveryKey(record.key(), input.order());
        PendingVerdict current = pending.get(delivery);
        if (input instanceof DecideInput.Late) {
            if (current == null) {
                meters.lateMatchTooLate();
                return;
            }
            meters.lateMatchInTime(current.isScheduled()
                    ? Duration.ofMillis(context.currentSystemTimeMs() - (current.releaseAt() - grace.toMillis()))
                    : Duration.ZERO);
        }
        PendingVerdict updated = (current == null ? PendingVerdict.none() : current).with(input);
        if (!updated.isComplete() || updated.isScheduled()) {
            pending.put(delivery, updated);
        } else if (updated.tally().verdict() instanceof DedupVerdict.Redelivered) {
            pending.delete(delivery);
        } else if (grace.isZero()) {
            pending.delete(delivery);
            emit(updated.releasedAt(context.currentSystemTimeMs(), record.timestamp()));
        } else {
            long releaseAt = context.currentSystemTimeMs() + grace.toMillis();
            pending.put(delivery, updated.releasedAt(releaseAt, record.timestamp()));
            releaseSchedule.put(scheduleKey(releaseAt) + "|" + delivery, delivery);
        }
    }

    /** Emits every held verdict whose grace has ended, oldest first. */
    private void releaseDue(long wallClockMillis) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> entries = releaseSchedule.range(scheduleKey(0),
                scheduleKey(wallClockMillis + 1))) {
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
     * Release times padded to a fixed width, so the store's byte order is time order; a range up to the
     * bare padded time of the next millisecond takes every entry due now and none after.
     */
    private static String scheduleKey(long wallClockMillis) {
        return String.format("%019d", wallClockMillis);
    }
}
